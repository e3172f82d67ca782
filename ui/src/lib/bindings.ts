// Generated from the Rust types by ts-rs (crates/rumbo-bindings).
// Do not edit: run `RUMBO_UPDATE_BINDINGS=1 cargo test -p rumbo-bindings`.

export type Lang = "en" | "es";

export type ErrorCode = "validation" | "not_found" | "no_workspace" | "file_not_found" | "file_exists" | "not_a_file" | "special_file" | "would_replace" | "too_large" | "foreign_backup" | "permission_denied" | "not_sqlite" | "not_a_workspace" | "newer_version" | "damaged" | "locked" | "read_only" | "disk_full" | "no_backup" | "io" | "database" | "bad_json" | "unsupported_json_version" | "bad_csv" | "internal";

export type FieldCode = "required" | "too_long" | "too_many" | "out_of_range" | "not_a_number" | "end_before_start" | "same_as_baseline" | "duplicate" | "unknown_link";

export type FieldError = { 
/**
 * The field's name as it appears in the input type (`name`, `weeklyEffortHours`).
 */
field: string, code: FieldCode, message: string, };

export type ApiError = { code: ErrorCode, 
/**
 * A sentence a person understands, in their language.
 */
message: string, 
/**
 * For `validation`: each field at fault. Empty otherwise.
 */
fields: Array<FieldError>, };

export type Gender = "masculine" | "feminine";

export type Profile = { name: string, sector: string, mission: string, culture: string, values: string, brandVoice: string, 
/**
 * How the organization is named inside a sentence, with its article
 * where the language needs one ("the City Council", «el Ayuntamiento»).
 * Empty: the name, with the article Spanish grammar gives it.
 */
nameInSentence: string, 
/**
 * The grammatical gender of the organization's name (Spanish); `None`
 * when it follows from the article.
 */
nameGender: Gender | null, cmName: string, 
/**
 * The role's title as the organization writes it ("digital engagement
 * lead", «responsable de redes sociales»); empty for "community
 * manager".
 */
cmTitle: string, 
/**
 * The grammatical gender the role's title takes (Spanish: «el/la
 * responsable»); `None` for the generic masculine.
 */
cmTitleGender: Gender | null, 
/**
 * Whom the community manager reports to (a department or a person).
 */
cmReportsTo: string, 
/**
 * The languages the organization communicates in, as people write them.
 */
languages: Array<string>, planningStart: string | null, planningEnd: string | null, };

export type Department = { id: number, name: string, 
/**
 * Its head or contact person, and how to reach them.
 */
head: string, notes: string, };

export type Activity = { id: number, name: string, 
/**
 * Order in the grid.
 */
position: number, };

export type RaciRole = "responsible" | "accountable" | "consulted" | "informed";

export type RaciCell = { departmentId: number, activityId: number, role: RaciRole, };

export type Duty = "coordinator" | "account_manager" | "editor" | "moderator" | "administrator" | "support";

export type Person = { id: number, 
/**
 * Their name, or the post while it is vacant ("Vacant — video editor").
 */
name: string, 
/**
 * Their job title, as the organization writes it.
 */
role: string, duty: Duty, 
/**
 * The unit they belong to. The coordinator's is the community
 * manager's own unit.
 */
departmentId: number | null, 
/**
 * Hours a week they give to the channels; `None` when not known.
 */
weeklyHours: number | null, 
/**
 * How to reach them, backups, anything else.
 */
notes: string, };

export type Audience = { id: number, name: string, 
/**
 * Who they are.
 */
description: string, 
/**
 * What they need from the organization.
 */
needs: string, 
/**
 * Where they are, online and off.
 */
whereabouts: string, 
/**
 * The channels that reach them (the same links as `Channel::audience_ids`).
 */
channelIds: Array<number>, };

export type FitCriterion = { id: number, name: string, 
/**
 * What a 5 means, so that scores are comparable.
 */
description: string, 
/**
 * 0 (ignored) to 10.
 */
weight: number, 
/**
 * Order in the matrix.
 */
position: number, };

export type FitScore = { criterionId: number, 
/**
 * 0 to 5.
 */
score: number, };

export type FitRow = { channelId: number, name: string, network: Network, status: ChannelStatus, scores: Array<FitScore>, 
/**
 * 0–5, or null when the channel has no score yet.
 */
weighted: number | null, 
/**
 * How many weighted criteria are still unscored.
 */
missing: number, };

export type FitMatrix = { criteria: Array<FitCriterion>, rows: Array<FitRow>, };

export type Network = "linkedin" | "instagram" | "x" | "facebook" | "tiktok" | "youtube" | "threads" | "mastodon" | "bluesky" | "whatsapp_channel" | "telegram" | "discord" | "reddit" | "twitch" | "blog" | "newsletter" | "podcast" | "forum" | "own_community" | "other";

export type ChannelStatus = "considered" | "requested" | "planned" | "active" | "under_review" | "paused" | "dormant" | "retired" | "rejected";

export type Answers = { 
/**
 * What are its objectives?
 */
objectives: string, 
/**
 * Who is its audience?
 */
audience: string, 
/**
 * Are there the resources (people, hours, budget) to sustain it?
 */
resources: string, 
/**
 * What content will it have?
 */
content: string, };

export type Account = { 
/**
 * The account's address on its network.
 */
url: string, 
/**
 * The person who runs it day to day (a department's account manager,
 * who may differ from the central community manager).
 */
managerId: number | null, 
/**
 * The people who hold admin access (names and roles only).
 */
adminIds: Array<number>, 
/**
 * Two-factor authentication: on, off, or not known.
 */
twoFactor: boolean | null, 
/**
 * Who keeps the credentials: a role ("IT service desk"), never the secret.
 */
credentialsCustodian: string, 
/**
 * When access (who holds it, how) was last reviewed.
 */
lastAccessReview: string | null, requestedOn: string | null, 
/**
 * Who asked for it: a person or a department, in words.
 */
requestedBy: string, approvedOn: string | null, approvedBy: string, openedOn: string | null, closedOn: string | null, closedBy: string, 
/**
 * What was done with its content when it closed (archived, kept
 * visible with a pointer, handed over…).
 */
contentAfterClosing: string, 
/**
 * An account for a one-off event or campaign: it has an end date and a
 * closing plan.
 */
forEvent: boolean, endsOn: string | null, closingPlan: string, 
/**
 * The four questions asked before it opens.
 */
answers: Answers, };

export type Channel = { 
/**
 * Ignored when creating.
 */
id: number, network: Network, 
/**
 * The network's own name when `network` is `Other` ("Pinterest");
 * empty otherwise.
 */
networkName: string, 
/**
 * How the channel is called in the strategy ("Instagram — young people").
 */
name: string, handle: string, status: ChannelStatus, 
/**
 * Why the organization is (or would be) there.
 */
purpose: string, tone: string, 
/**
 * How often it publishes, as people say it ("3 posts a week").
 */
cadence: string, 
/**
 * Who looks after it day to day.
 */
owner: string, 
/**
 * The department that owns it.
 */
ownerDepartmentId: number | null, 
/**
 * Hours a week it takes; `None` when nobody has measured it (not 0).
 */
weeklyEffortHours: number | null, 
/**
 * For a rejected channel: why.
 */
rejectionReason: string, notes: string, 
/**
 * The audiences it reaches.
 */
audienceIds: Array<number>, 
/**
 * Its brand-fit score on each criterion scored so far.
 */
fitScores: Array<FitScore>, 
/**
 * Whether people can comment or write to it; `None` when not known.
 */
commentsOpen: boolean | null, 
/**
 * Who moderates what people write there (a person or a role).
 */
moderator: string, 
/**
 * The channel as an account: the registry's record of it.
 */
account: Account, };

export type ObjectiveKind = "awareness" | "engagement" | "customer_care" | "leads" | "retention" | "advocacy" | "listening" | "internal";

export type ObjectiveStatus = "draft" | "active" | "achieved" | "missed" | "dropped" | "closed";

export type MeasurementKind = "value" | "change";

export type Objective = { id: number, title: string, description: string, kind: ObjectiveKind, 
/**
 * The KPI: what is counted ("job-seeker registrations from Instagram").
 */
kpiMetric: string, 
/**
 * Its unit ("registrations per month", "%").
 */
kpiUnit: string, baseline: number | null, target: number | null, start: string | null, deadline: string | null, owner: string, status: ObjectiveStatus, channelIds: Array<number>, departmentIds: Array<number>, };

export type Measurement = { id: number, objectiveId: number, date: string, value: number, 
/**
 * A value of the KPI, or a change against the period before (in %).
 */
kind: MeasurementKind, 
/**
 * How it was measured, or what it leaves out.
 */
note: string, };

export type DateOrder = "iso" | "day_month_year" | "month_day_year";

export type DecimalMark = "point" | "comma";

export type CsvMapping = { 
/**
 * `,`, `;` or a tab.
 */
delimiter: string, hasHeader: boolean, dateColumn: number, valueColumn: number, dateOrder: DateOrder, decimalMark: DecimalMark, };

export type CsvPreview = { columns: Array<string>, rows: Array<Array<string>>, rowCount: number, mapping: CsvMapping, };

export type Campaign = { id: number, name: string, description: string, 
/**
 * The department that owns it.
 */
departmentId: number | null, start: string | null, end: string | null, 
/**
 * Does it touch the community (posts, replies, events, changes they notice)?
 */
affectsCommunity: boolean, 
/**
 * Did the community manager take part in the decision?
 */
cmInvolved: boolean, objectiveIds: Array<number>, 
/**
 * Who moderates what the community says about it (a person or a role).
 */
moderator: string, };

export type Direction = "cm_to_department" | "department_to_cm" | "all_staff";

export type InternalChannel = "meeting" | "email" | "chat" | "intranet" | "newsletter" | "report" | "other";

export type Weekday = "mon" | "tue" | "wed" | "thu" | "fri" | "sat" | "sun";

export type Cadence = { "kind": "one_off", date: string, } | { "kind": "daily", start: string | null, weekdaysOnly: boolean, until: string | null, } | { "kind": "weekly", start: string | null, everyWeeks: number, until: string | null, } | { "kind": "monthly_weekday", start: string, week: number, weekday: Weekday, until: string | null, } | { "kind": "monthly_day", start: string, day: number, until: string | null, } | { "kind": "as_needed" };

export type Holiday = { id: number, date: string, 
/**
 * "Christmas Day", "Día de la Hispanidad".
 */
name: string, };

export type HolidayCountry = "spain" | "united_kingdom";

export type Flow = { id: number, 
/**
 * The message or purpose ("Weekly content sync with Marketing").
 */
name: string, direction: Direction, 
/**
 * The departments on the other end: one or several (none for
 * all-staff flows).
 */
departmentIds: Array<number>, 
/**
 * Who receives it, in words.
 */
audience: string, channel: InternalChannel, cadence: Cadence, owner: string, 
/**
 * How the receivers answer back.
 */
feedback: string, };

export type Urgency = "immediate" | "same_day" | "this_week" | "monthly";

export type InfoNeed = { id: number, departmentId: number | null, 
/**
 * What the CM needs ("Service outages before they are announced").
 */
what: string, urgency: Urgency, 
/**
 * The flow that carries it, if one does.
 */
flowId: number | null, };

export type CalendarEntry = { date: string, flowId: number, name: string, direction: Direction, departmentIds: Array<number>, };

export type Decision = "pending" | "accepted" | "rejected" | "ignored";

export type EntryKind = "recommendation" | "decision";

export type Recommendation = { id: number, 
/**
 * A recommendation of the CM, or a decision the organization took
 * without one (then `decision` is `accepted`: it was adopted, and
 * `date` is when it was proposed, if known).
 */
kind: EntryKind, 
/**
 * What the CM recommended (or what was decided).
 */
title: string, 
/**
 * To whom: a person, a committee.
 */
recipient: string, 
/**
 * The department it was addressed to.
 */
departmentId: number | null, 
/**
 * When it was recommended; `None` when nobody knows.
 */
date: string | null, 
/**
 * Why the CM recommended it.
 */
rationale: string, decision: Decision, decisionDate: string | null, decisionRationale: string, 
/**
 * What happened afterwards.
 */
outcome: string, };

export type PillarShare = { channelId: number, 
/**
 * Percent of the channel's posts (0–100); `None`: the channel carries
 * the pillar, its share not set.
 */
percent: number | null, };

export type Pillar = { id: number, name: string, 
/**
 * What it is for, for the organization and its audience.
 */
purpose: string, 
/**
 * Examples of posts.
 */
examples: string, objectiveIds: Array<number>, 
/**
 * The channels that carry it, with its target share on each.
 */
shares: Array<PillarShare>, };

export type Register = "formal" | "informal" | "mixed";

export type StyleGuide = { id: number, name: string, channelIds: Array<number>, 
/**
 * The language or languages it writes in.
 */
language: string, 
/**
 * `None`: not decided.
 */
register: Register | null, dos: string, donts: string, 
/**
 * Formats it uses (carousels, short videos, threads…).
 */
formats: string, 
/**
 * Hashtags and how it tags others.
 */
hashtags: string, postingTimes: string, 
/**
 * Alternative text, captions, CamelCase hashtags, plain language…
 */
accessibility: string, 
/**
 * Avatar, banner, templates.
 */
graphicIdentity: string, };

export type Monitoring = "continuous" | "hourly" | "several_daily" | "daily" | "weekdays" | "weekly";

export type ResponseUnit = "minutes" | "hours" | "working_days" | "days";

export type ServiceLevel = { id: number, name: string, channelIds: Array<number>, 
/**
 * The days attended (none: not set).
 */
days: Array<Weekday>, 
/**
 * The hours attended on those days, `HH:MM`; `None`: not set. A
 * closing time before the opening one runs past midnight; 00:00 to
 * 24:00 is the whole day.
 */
opens: string | null, closes: string | null, 
/**
 * The response time promised; `None`: no promise.
 */
responseTime: number | null, responseUnit: ResponseUnit, monitoring: Monitoring | null, 
/**
 * What someone who writes out of hours meets (an automatic reply,
 * another number for emergencies…).
 */
outOfHours: string, };

export type BudgetCategory = "paid_promotion" | "tools" | "production" | "staff" | "training" | "other";

export type BudgetPeriod = "one_off" | "month" | "quarter" | "year";

export type BudgetLine = { id: number, 
/**
 * What it pays for ("Ads for the summer programme", "Scheduling tool").
 */
name: string, category: BudgetCategory, 
/**
 * The amount each period; `None`: not known yet.
 */
amount: number | null, 
/**
 * As the organization writes it: "€", "EUR", "USD"…
 */
currency: string, period: BudgetPeriod, start: string | null, end: string | null, 
/**
 * The channels it is spent on, if any.
 */
channelIds: Array<number>, notes: string, };

export type Phase = "opening" | "closing";

export type ProcedureStep = { id: number, phase: Phase, 
/**
 * What happens ("Approval by the Head of Communication").
 */
name: string, 
/**
 * Who takes the step: a role or a unit (the approver, for an approval).
 */
who: string, 
/**
 * Working days it takes; `None`: not set.
 */
days: number | null, description: string, 
/**
 * Order within its phase.
 */
position: number, };

export type PolicyKind = "house_rules" | "staff_use" | "legal_notice" | "licences" | "accessibility" | "retention" | "pre_election" | "paid_promotion" | "stakeholders" | "other";

export type PolicyStatus = "draft" | "proposed" | "approved";

export type Policy = { id: number, kind: PolicyKind, 
/**
 * The title it is published under ("House rules for our accounts").
 */
title: string, 
/**
 * The text itself: paragraphs separated by a blank line; a line that
 * starts with "- " is an item of a list.
 */
text: string, 
/**
 * Who keeps it up to date (a person or a role).
 */
owner: string, 
/**
 * The department that owns it.
 */
ownerDepartmentId: number | null, status: PolicyStatus, 
/**
 * Who approved it (a person, a committee, a resolution).
 */
approvedBy: string, 
/**
 * When it was approved; `None` when it is not, or the date is unknown.
 */
approvedOn: string | null, 
/**
 * When it is due for review; `None` when no date is set.
 */
reviewBy: string | null, };

export type ModerationAction = "answer" | "ignore" | "hide" | "refer" | "delete" | "block";

export type ModerationRule = { id: number, 
/**
 * The kind of comment or situation ("Insults or threats").
 */
situation: string, 
/**
 * What it looks like, with examples.
 */
examples: string, action: ModerationAction, 
/**
 * The department it is referred to (or that is consulted).
 */
departmentId: number | null, 
/**
 * Who acts (a role).
 */
actedBy: string, 
/**
 * Who decides, where the action needs a decision (delete, block).
 */
decidedBy: string, 
/**
 * How fast, as people say it ("within 2 working hours").
 */
speed: string, 
/**
 * Whether the case is recorded (a screenshot, a log); `None` when
 * it is not known.
 */
recorded: boolean | null, 
/**
 * The channels it applies to; none means every channel.
 */
channelIds: Array<number>, };

export type ProtocolKind = "complaints" | "correction" | "other";

export type ProtocolStep = { what: string, who: string, 
/**
 * The time limit, as people say it ("2 working days").
 */
within: string, };

export type Protocol = { id: number, kind: ProtocolKind, name: string, 
/**
 * When it applies.
 */
scope: string, 
/**
 * The department in charge.
 */
departmentId: number | null, steps: Array<ProtocolStep>, 
/**
 * Who drafts the reply or the correction.
 */
draftedBy: string, 
/**
 * Who approves or decides it.
 */
approvedBy: string, 
/**
 * The time limit for the whole protocol.
 */
timeLimit: string, 
/**
 * How the outcome is made known (how a correction is announced, how
 * the person who complained is told).
 */
announcement: string, };

export type HoldingStatement = { 
/**
 * The language it is written in, as the organization names it.
 */
language: string, text: string, };

export type CrisisLevel = { id: number, 
/**
 * Its step on the ladder: 1 is the mildest. Unique.
 */
rank: number, name: string, 
/**
 * What puts a situation at this level.
 */
triggers: string, 
/**
 * Who decides at this level (a role).
 */
decidedBy: string, 
/**
 * Who is told or called in, and when it goes up a level.
 */
escalation: string, 
/**
 * The departments called in at this level.
 */
departmentIds: Array<number>, 
/**
 * Whether scheduled posts, ads and automated replies are paused (the
 * pause checklist).
 */
pause: boolean, 
/**
 * The holding statements, one per language.
 */
statements: Array<HoldingStatement>, };

export type PauseWhat = "scheduled_posts" | "ads" | "automated_replies" | "other";

export type PauseStep = { id: number, 
/**
 * The channel; `None` for every channel.
 */
channelId: number | null, what: PauseWhat, 
/**
 * How, and where ("Scheduling tool → Pause all queues").
 */
how: string, 
/**
 * Who does it (a role).
 */
who: string, };

export type CrisisPlan = { 
/**
 * The account that speaks for the organization in a crisis.
 */
spokesChannelId: number | null, 
/**
 * The rule of a single voice, in words.
 */
singleVoice: string, 
/**
 * The template of the review after a crisis.
 */
postMortem: string, 
/**
 * When the playbook was last rehearsed; `None` when never, or unknown.
 */
lastDrill: string | null, };

export type ModelText = { title: string, text: string, };

export type EntityKind = "department" | "activity" | "person" | "audience" | "fit_criterion" | "channel" | "objective" | "measurement" | "campaign" | "flow" | "info_need" | "recommendation" | "holiday" | "pillar" | "style_guide" | "service_level" | "budget_line" | "procedure_step" | "policy" | "moderation_rule" | "protocol" | "crisis_level" | "pause_step" | "raci_cell";

export type ImpactGroup = { kind: EntityKind, 
/**
 * True when they are deleted too (e.g. the measurements of an
 * objective), false when they only lose the link.
 */
removed: boolean, names: Array<string>, };

export type DeleteImpact = { kind: EntityKind, name: string, groups: Array<ImpactGroup>, };

export type UndoToken = { token: number, };

export type SectionCounts = { 
/**
 * Every kind of record ([`EntityKind::RECORDS`]) and how many there are.
 */
records: { [key in EntityKind]?: number }, 
/**
 * Recommendations still waiting for a decision.
 */
pendingRecommendations: number, };

export type WorkspacePart = "profile" | "health_settings" | "acknowledgements" | "document_settings" | "document_versions" | "crisis_plan";

export type SavedRecord = { kind: EntityKind, id: number, };

export type WorkspaceChange = { 
/**
 * The kinds of records whose lists changed.
 */
kinds: Array<EntityKind>, 
/**
 * The other parts that changed.
 */
parts: Array<WorkspacePart>, 
/**
 * The record the command answered with, when it created or updated
 * one: the window has it already, and reloads its kind only for other
 * reasons (the other side of a link).
 */
saved: SavedRecord | null, 
/**
 * The counts after the write, when any record changed.
 */
counts: SectionCounts | null, };

export type ViewPlace = { 
/**
 * The section, by the name the window gives it (`channels`).
 */
section: string, 
/**
 * The record open there, if any, and its kind.
 */
kind: EntityKind | null, id: number | null, };

export type WorkspaceInfo = { path: string, fileName: string, 
/**
 * The organization's name, or the file name while it has none.
 */
title: string, 
/**
 * Opened read-only: the file, its folder or its disk cannot be written
 * (the window says so and offers Save a Copy). Every change is refused.
 */
readOnly: boolean, 
/**
 * Why automatic backups are not being taken (in the interface
 * language), or null while they are.
 */
backupProblem: string | null, 
/**
 * Where the window was in this workspace when it was last open: the
 * window starts there again.
 */
place?: ViewPlace, };

export type RecentFile = { path: string, fileName: string, 
/**
 * False when the file has gone (moved, deleted, unmounted).
 */
exists: boolean, };

export type LanguagePref = "system" | "en" | "es";

export type ThemePref = "system" | "light" | "dark";

export type AppSnapshot = { workspace: WorkspaceInfo | null, recent: Array<RecentFile>, language: LanguagePref, 
/**
 * The language the interface is in now.
 */
resolvedLanguage: Lang, theme: ThemePref, 
/**
 * Why the last attempt to open or create a workspace failed, if it did.
 */
error: ApiError | null, 
/**
 * When that failure was a damaged file (or one no longer recognizable
 * as a workspace) that has a sound backup: the backup to offer.
 */
recovery: RecoveryOffer | null, };

export type MenuAction = { "kind": "new" } | { "kind": "open" } | { "kind": "open_path", path: string, } | { "kind": "close" } | { "kind": "save_copy" } | { "kind": "backups" } | { "kind": "palette" } | { "kind": "guide" } | { "kind": "shortcuts" } | { "kind": "about" };

export type AboutInfo = { version: string, licence: string, 
/**
 * The open workspace's file, if one is open.
 */
workspace: string | null, 
/**
 * The folder its backups are kept in.
 */
backups: string | null, 
/**
 * Rumbo's own preferences (recent files, language, theme, window).
 */
preferences: string, 
/**
 * Where Rumbo keeps the sample workspace and the window's caches.
 */
data: string, };

export type HealthSettings = { 
/**
 * Hours a week the community manager can give to the channels.
 */
cmWeeklyHours: number, 
/**
 * Days after which a pending recommendation counts as unanswered.
 */
answerDays: number, 
/**
 * The share of decided recommendations, in percent, that may be ignored
 * before the check says so.
 */
ignoredSharePercent: number, 
/**
 * Days without a measurement after which an objective in progress is
 * "long unmeasured".
 */
staleMeasurementDays: number, 
/**
 * A weighted brand-fit score (0–5) below this is low.
 */
lowFit: number, 
/**
 * A weighted brand-fit score (0–5) at or above this is high.
 */
highFit: number, 
/**
 * Months after which an open account's access counts as not reviewed.
 */
accessReviewMonths: number, 
/**
 * Months after the last drill of the crisis playbook before it is due
 * again.
 */
drillMonths: number, };

export type Acknowledgement = { 
/**
 * The finding's stable key: its rule and the thing it is about, such as
 * `objective-presence/objective/3`.
 */
key: string, reason: string, 
/**
 * When it was accepted.
 */
date: string, };

export type DocSection = "summary" | "introduction" | "organization" | "audiences" | "objectives" | "channels" | "accounts" | "procedure" | "editorial" | "service_levels" | "raci" | "internal" | "staffing" | "campaigns" | "conduct" | "crisis" | "policies" | "recommendations" | "roadmap" | "health" | "changes" | "annexes" | "request_form" | "versions";

export type Classification = "none" | "public" | "internal" | "confidential" | "custom";

export type ChapterText = { section: DocSection, text: string, };

export type DocumentSettings = { 
/**
 * The cover's title; empty for "Social media and community strategy".
 */
title: string, 
/**
 * The author on the cover; empty for the community manager.
 */
author: string, 
/**
 * The date printed on the document and used by its health check. A
 * fixed date makes the output reproducible; `None` takes the day of
 * the export.
 */
date: string | null, 
/**
 * The document's language.
 */
lang: Lang, 
/**
 * Sections left out of the document.
 */
hiddenSections: Array<DocSection>, 
/**
 * The marking on the cover and every footer.
 */
classification: Classification, 
/**
 * The marking's text when `classification` is `custom` ("Borrador
 * para el Pleno"); ignored otherwise.
 */
classificationLabel: string, 
/**
 * Whom the document is for ("Management and heads of department");
 * empty prints nothing.
 */
readers: string, 
/**
 * Whether the readiness score is printed (in the summary and the
 * health check). The findings are printed either way when the health
 * check's section is shown.
 */
showScore: boolean, 
/**
 * The organization's own introduction (purpose and scope, context, why
 * social media), printed as the first chapter after the summary; empty
 * leaves the chapter out.
 */
introduction: string, 
/**
 * The community manager's own text for a chapter, printed before what
 * Rumbo generates for it. At most one per section.
 */
chapterTexts: Array<ChapterText>, 
/**
 * The executive summary as the community manager wrote it; empty
 * prints the generated one.
 */
summary: string, 
/**
 * The generated summary the written one started from (or was last
 * checked against): when the generated summary no longer matches it,
 * the data changed since, and the app says so. Never printed.
 */
summaryBasis: string, };

export type Approval = { 
/**
 * Who approved it ("Marta Ruiz").
 */
by: string, 
/**
 * In what capacity ("Directora gerente").
 */
role: string, 
/**
 * The day it was approved.
 */
date: string, 
/**
 * Any reservations, as written; empty for none.
 */
reservations: string, };

export type DocumentVersion = { id: number, number: number, 
/**
 * The date printed on that version.
 */
date: string, note: string, lang: Lang, 
/**
 * When it was saved (RFC 3339, UTC).
 */
savedAt: string, 
/**
 * Who approved it, when and with what reservations; `None` until then.
 */
approval: Approval | null, };

export type SummaryDraft = { 
/**
 * The generated summary, paragraphs separated by a blank line.
 */
generated: string, 
/**
 * The workspace holds a summary of the CM's own whose `summaryBasis`
 * differs from `generated`: it is never replaced, only flagged.
 */
stale: boolean, };

export type ExportAction = "open" | "reveal";

export type DocFormat = "pdf" | "html" | "md" | "docx";

export type PreviewPages = { 
/**
 * Grows with every compile; a page request for an older revision is
 * refused.
 */
revision: number, pageCount: number, 
/**
 * The size of the first page in points (A4: 595 × 842).
 */
widthPt: number, heightPt: number, 
/**
 * How long the compile took, in milliseconds.
 */
tookMs: number, };

export type ExportRequest = { format: DocFormat, 
/**
 * PDF/A-2a + PDF/UA-1, for archiving (PDF only).
 */
archival: boolean, versionId: number | null, 
/**
 * Save the current document as the next version (ignored for a saved
 * version).
 */
saveVersion: boolean, 
/**
 * The new version's note.
 */
note: string, 
/**
 * Export only this annex, on its own (one of
 * [`crate::model::DocSection::ALONE`]); never saves a version.
 */
annex?: DocSection | null, };

export type ExportOutcome = { path: string, bytes: number, pageCount: number | null, 
/**
 * The version saved with it, if one was asked for.
 */
version: DocumentVersion | null, };

export type ExportStage = "prepare" | "layout" | "encode" | "save" | "done";

export type BackupReason = "open" | "scheduled" | "migration" | "before-restore" | "manual";

export type BackupOrigin = "own" | "other-workspace" | "unknown";

export type BackupInfo = { path: string, 
/**
 * When it was taken (UTC, to the millisecond): as recorded inside the
 * backup, or for a backup of an older Rumbo, from its file name.
 */
takenAt: string, reason: BackupReason, 
/**
 * Its size in bytes.
 */
size: number, 
/**
 * The schema version (SQLite `user_version`) of the copy.
 */
schemaVersion: number, 
/**
 * Whose it is.
 */
origin: BackupOrigin, };

export type RecoveryOffer = { path: string, fileName: string, backup: BackupInfo, };

export type RestoreOutcome = { 
/**
 * The app after the restore: the restored workspace is open.
 */
snapshot: AppSnapshot, 
/**
 * The backup that was restored.
 */
restored: BackupInfo, 
/**
 * The workspace as it was just before, kept as a backup (`before-restore`).
 */
beforeRestore: BackupInfo | null, 
/**
 * Where the damaged file that was replaced now is (`<name>.damaged-<stamp>`).
 */
damagedMovedTo: string | null, };

export type Severity = "error" | "warning" | "advice";

export type HealthSection = "organization" | "departments" | "audiences" | "channels" | "accounts" | "editorial" | "objectives" | "campaigns" | "internal" | "recommendations" | "conduct" | "crisis" | "policies";

export type TargetKind = "profile" | "department" | "channel" | "objective" | "campaign" | "internal_flow" | "info_need" | "recommendation" | "account" | "person" | "pillar" | "service_level" | "policy" | "moderation_rule" | "crisis_level" | "crisis_plan" | "health_settings" | "workspace";

export type FindingTarget = { entity: TargetKind, 
/**
 * The record's id; none for the profile, the settings and the workspace
 * as a whole.
 */
id: number | null, 
/**
 * The camelCase name of the field to focus (`kpiMetric`, `culture`,
 * `cmWeeklyHours`), when one field is at fault.
 */
field: string | null, };

export type Finding = { 
/**
 * Stable across runs: `{rule}/{entity}/{id}`, `{rule}/profile/{field}`
 * or `{rule}/workspace`. An [`Acknowledgement`] refers to it.
 */
key: string, 
/**
 * The id of the rule that found it.
 */
rule: string, severity: Severity, section: HealthSection, 
/**
 * What is wrong, naming the thing at fault, in the report's language.
 */
message: string, 
/**
 * Why it matters: the principle the rule comes from.
 */
principle: string, target: FindingTarget, 
/**
 * Set when the community manager accepted this finding as a known risk:
 * it stays in the report but no longer lowers the score.
 */
acknowledged: Acknowledgement | null, };

export type FindingCounts = { errors: number, warnings: number, advice: number, acknowledged: number, };

export type RuleScore = { rule: string, 
/**
 * The rule's title in the report's language.
 */
title: string, severity: Severity, 
/**
 * 3 for an error rule, 2 for a warning, 1 for advice.
 */
weight: number, 
/**
 * How many things the rule looked at (1 for a workspace-wide rule); 0
 * when it does not apply, and then it leaves the score's calculation.
 */
checked: number, 
/**
 * How many of them fail it and are not accepted as a risk: those with
 * a finding of this rule, and those a broader rule reports for them
 * (a presence-only objective also fails "objectives are SMART").
 */
failing: number, 
/**
 * `weight × (1 − failing ÷ checked)`; 0 when the rule does not apply.
 */
earned: number, 
/**
 * Why the rule could not check what it looks at, when the workspace
 * marks something it needs as not known (a channel's effort nobody
 * measured): it then leaves the score instead of passing, and says so.
 */
cannotCheck: string | null, };

export type HealthFoundation = "identity" | "audiences" | "channels" | "objectives" | "internal_plan" | "cm_role";

export type HealthReport = { 
/**
 * The day the check was made for.
 */
asOf: string, 
/**
 * Readiness, 0 to 100: the lower of `points` and `ceiling` (see
 * [`crate::score_explanation`]).
 */
score: number, 
/**
 * The points earned by the rules that apply, out of 100.
 */
points: number, 
/**
 * The most the score can reach: 100, less 20 for each missing
 * foundation; with open errors, at most 69, and 5 less for each error
 * after the first.
 */
ceiling: number, 
/**
 * The foundations the strategy lacks (not accepted as a risk).
 */
missing: Array<HealthFoundation>, 
/**
 * Every finding, acknowledged or not: errors first, then by section,
 * rule and the id of the thing at fault.
 */
findings: Array<Finding>, counts: FindingCounts, 
/**
 * Each rule's part in the score, in the catalogue's order.
 */
breakdown: Array<RuleScore>, };

export type Bilingual = { en: string, es: string, };

export type RuleInfo = { 
/**
 * Stable kebab-case id, the first part of its findings' keys.
 */
id: string, severity: Severity, section: HealthSection, 
/**
 * Its weight in the score (from the severity).
 */
weight: number, 
/**
 * What it checks, in a few words.
 */
title: Bilingual, 
/**
 * Why: a short paraphrase of the essay it comes from.
 */
principle: Bilingual, 
/**
 * A situation that triggers it.
 */
example: Bilingual, };

export type OrgKind = "public_administration" | "ngo" | "small_business" | "consumer_brand" | "education" | "empty";

export type TemplateInfo = { kind: OrgKind, label: string, description: string, 
/**
 * The departments it suggests (the interview offers them).
 */
departments: Array<string>, 
/**
 * The audiences it suggests.
 */
audiences: Array<string>, };

export type InterviewStep = "organization" | "departments" | "aims" | "audiences" | "hours" | "content" | "draft" | "done";

export type ContentFormat = "news" | "photos" | "short_video" | "video" | "articles" | "events" | "documents" | "audio" | "products";

export type DepartmentAnswer = { name: string, 
/**
 * This department decides what the organization publishes (the one
 * that approves: "A" in the grid). One at most.
 */
decides: boolean, };

export type AimAnswer = { text: string, 
/**
 * Keep an aim that only states presence as it is written, instead of
 * its measurable rewrite.
 */
insist: boolean, };

export type InterviewAnswers = { 
/**
 * The kind of organization (the template it starts from).
 */
kind: OrgKind, name: string, mission: string, values: string, 
/**
 * How the organization sounds.
 */
voice: string, departments: Array<DepartmentAnswer>, aims: Array<AimAnswer>, 
/**
 * Who the organization wants to reach, each in a few words.
 */
audiences: Array<string>, 
/**
 * The hours a week available for social media.
 */
hours?: number | null, 
/**
 * The content the organization has or can make.
 */
content: Array<ContentFormat>, 
/**
 * Where the interview is.
 */
step: InterviewStep, };

export type FormatChoice = { format: ContentFormat, label: string, };

export type InterviewQuestion = { step: InterviewStep, title: string, 
/**
 * The question itself, in plain words.
 */
prompt: string, 
/**
 * Why it is asked, and the principle behind it.
 */
why: string, 
/**
 * Examples to pick from and edit: voices, aims, and the departments
 * and audiences usual for the kind of organization.
 */
examples: Array<string>, 
/**
 * The content step's choices, each with its label; empty elsewhere.
 */
formats: Array<FormatChoice>, };

export type DraftProfile = { name: string, sector: string, mission: string, values: string, brandVoice: string, };

export type DraftDepartment = { name: string, decides: boolean, 
/**
 * Already in the workspace: its grid is completed, it is not added.
 */
exists: boolean, include: boolean, };

export type DraftAudience = { name: string, description: string, needs: string, exists: boolean, include: boolean, };

export type DraftScore = { 
/**
 * The workspace's criterion, by name.
 */
criterion: string, score: number, 
/**
 * The criterion's weight, so that the review can weigh a score the
 * community manager changes (it is the workspace's, not written back).
 */
weight: number, };

export type DraftChannel = { network: Network, name: string, scores: Array<DraftScore>, 
/**
 * The weighted brand fit from the scores (1–5), as the fit matrix
 * computes it.
 */
fit?: number | null, 
/**
 * One line: who is there, which of your formats it rewards, its hours.
 */
reason: string, 
/**
 * Hours a week a channel of this kind usually takes.
 */
weeklyHours: number, 
/**
 * The audiences it reaches, by name.
 */
audiences: Array<string>, include: boolean, };

export type DraftFlow = { name: string, department: string, direction: Direction, channel: InternalChannel, cadence: Cadence, include: boolean, };

export type DraftGoal = { title: string, kind: ObjectiveKind, kpiMetric: string, kpiUnit: string, baseline?: number | null, target?: number | null, deadline?: string | null, owner: string, 
/**
 * The channel it is pursued on, when the aim named one.
 */
network?: Network | null, };

export type DraftObjective = { 
/**
 * The aim as the community manager wrote it.
 */
aim: string, 
/**
 * The aim only states presence ("estar en TikTok"): it is not an
 * objective as written.
 */
presence: boolean, 
/**
 * Why a presence aim is not an objective (empty otherwise).
 */
why: string, 
/**
 * The measurable objective proposed (for a presence aim, its SMART
 * rewrite).
 */
goal: DraftGoal, 
/**
 * Write the aim as it was written instead of the rewrite (the
 * community manager insists).
 */
asWritten: boolean, include: boolean, };

export type Draft = { kind: OrgKind, profile: DraftProfile, departments: Array<DraftDepartment>, audiences: Array<DraftAudience>, channels: Array<DraftChannel>, flows: Array<DraftFlow>, objectives: Array<DraftObjective>, 
/**
 * The hours a week the answers said are available.
 */
hoursAvailable?: number | null, };

export type LibraryAudience = { name: string, description: string, needs: string, };

export type LibraryObjective = { title: string, kind: ObjectiveKind, kpiMetric: string, kpiUnit: string, };

export type LibraryFlow = { name: string, direction: Direction, channel: InternalChannel, cadence: Cadence, };

export type Library = { audiences: Array<LibraryAudience>, objectives: Array<LibraryObjective>, flows: Array<LibraryFlow>, };

// Constants shared with Rust.

/** Every kind of record (`EntityKind` but the RACI cell), in Rust's order. */
export const RECORD_KINDS = ["department", "activity", "person", "audience", "fit_criterion", "channel", "objective", "measurement", "campaign", "flow", "info_need", "recommendation", "holiday", "pillar", "style_guide", "service_level", "budget_line", "procedure_step", "policy", "moderation_rule", "protocol", "crisis_level", "pause_step"] as const satisfies readonly EntityKind[];
export type RecordKind = (typeof RECORD_KINDS)[number];
export type Records = {
  department: Department,
  activity: Activity,
  person: Person,
  audience: Audience,
  fit_criterion: FitCriterion,
  channel: Channel,
  objective: Objective,
  measurement: Measurement,
  campaign: Campaign,
  flow: Flow,
  info_need: InfoNeed,
  recommendation: Recommendation,
  holiday: Holiday,
  pillar: Pillar,
  style_guide: StyleGuide,
  service_level: ServiceLevel,
  budget_line: BudgetLine,
  procedure_step: ProcedureStep,
  policy: Policy,
  moderation_rule: ModerationRule,
  protocol: Protocol,
  crisis_level: CrisisLevel,
  pause_step: PauseStep,
};
/** How each kind of record is called (its noun, singular and plural), in each language. */
export const RECORD_NOUNS: { readonly [K in RecordKind]: { readonly en: string; readonly es: string; readonly enPlural: string; readonly esPlural: string } } = {
  department: { en: "department", es: "departamento", enPlural: "departments", esPlural: "departamentos" },
  activity: { en: "activity", es: "actividad", enPlural: "activities", esPlural: "actividades" },
  person: { en: "person", es: "persona", enPlural: "people", esPlural: "personas" },
  audience: { en: "audience", es: "público", enPlural: "audiences", esPlural: "públicos" },
  fit_criterion: { en: "fit criterion", es: "criterio de encaje", enPlural: "fit criteria", esPlural: "criterios de encaje" },
  channel: { en: "channel", es: "canal", enPlural: "channels", esPlural: "canales" },
  objective: { en: "objective", es: "objetivo", enPlural: "objectives", esPlural: "objetivos" },
  measurement: { en: "measurement", es: "medición", enPlural: "measurements", esPlural: "mediciones" },
  campaign: { en: "campaign", es: "campaña", enPlural: "campaigns", esPlural: "campañas" },
  flow: { en: "internal flow", es: "flujo interno", enPlural: "internal flows", esPlural: "flujos internos" },
  info_need: { en: "information need", es: "necesidad de información", enPlural: "information needs", esPlural: "necesidades de información" },
  recommendation: { en: "recommendation", es: "recomendación", enPlural: "recommendations", esPlural: "recomendaciones" },
  holiday: { en: "public holiday", es: "día festivo", enPlural: "public holidays", esPlural: "días festivos" },
  pillar: { en: "content pillar", es: "pilar de contenido", enPlural: "content pillars", esPlural: "pilares de contenido" },
  style_guide: { en: "channel style", es: "estilo de canal", enPlural: "channel styles", esPlural: "estilos de canal" },
  service_level: { en: "service level", es: "nivel de servicio", enPlural: "service levels", esPlural: "niveles de servicio" },
  budget_line: { en: "budget line", es: "partida del presupuesto", enPlural: "budget lines", esPlural: "partidas del presupuesto" },
  procedure_step: { en: "procedure step", es: "paso del procedimiento", enPlural: "procedure steps", esPlural: "pasos del procedimiento" },
  policy: { en: "policy", es: "política", enPlural: "policies", esPlural: "políticas" },
  moderation_rule: { en: "moderation rule", es: "criterio de moderación", enPlural: "moderation rules", esPlural: "criterios de moderación" },
  protocol: { en: "protocol", es: "protocolo", enPlural: "protocols", esPlural: "protocolos" },
  crisis_level: { en: "crisis level", es: "nivel de crisis", enPlural: "crisis levels", esPlural: "niveles de crisis" },
  pause_step: { en: "pause checklist item", es: "acción de pausa", enPlural: "pause checklist items", esPlural: "acciones de pausa" },
};
/** Every command of the menu bar, with its labels and its shortcut (Tauri's syntax: `CmdOrCtrl` is Ctrl, or ⌘ on macOS). */
export const MENU_COMMANDS = [
  { id: "file.new", group: "file", choice: null, en: "New Workspace…", es: "Nuevo espacio de trabajo…", accelerator: "CmdOrCtrl+N" },
  { id: "file.open", group: "file", choice: null, en: "Open…", es: "Abrir…", accelerator: "CmdOrCtrl+O" },
  { id: "file.clear-recent", group: "file", choice: null, en: "Clear Recent", es: "Borrar la lista de recientes", accelerator: null },
  { id: "file.save-copy", group: "file", choice: null, en: "Save a Copy…", es: "Guardar una copia…", accelerator: "CmdOrCtrl+Shift+S" },
  { id: "file.backups", group: "file", choice: null, en: "Backups…", es: "Copias de seguridad…", accelerator: null },
  { id: "file.close", group: "file", choice: null, en: "Close Workspace", es: "Cerrar espacio de trabajo", accelerator: "CmdOrCtrl+W" },
  { id: "file.quit", group: "file", choice: null, en: "Quit Rumbo", es: "Salir de Rumbo", accelerator: null },
  { id: "view.palette", group: "view", choice: null, en: "Go to or Run…", es: "Ir a o ejecutar…", accelerator: "CmdOrCtrl+K" },
  { id: "view.language.system", group: "view", choice: { en: "Language", es: "Idioma" }, en: "As the system", es: "Como el sistema", accelerator: null },
  { id: "view.language.en", group: "view", choice: { en: "Language", es: "Idioma" }, en: "English", es: "English", accelerator: null },
  { id: "view.language.es", group: "view", choice: { en: "Language", es: "Idioma" }, en: "Español", es: "Español", accelerator: null },
  { id: "view.theme.system", group: "view", choice: { en: "Appearance", es: "Apariencia" }, en: "As the system", es: "Como el sistema", accelerator: null },
  { id: "view.theme.light", group: "view", choice: { en: "Appearance", es: "Apariencia" }, en: "Light", es: "Clara", accelerator: null },
  { id: "view.theme.dark", group: "view", choice: { en: "Appearance", es: "Apariencia" }, en: "Dark", es: "Oscura", accelerator: null },
  { id: "view.zoom-in", group: "view", choice: null, en: "Zoom In", es: "Ampliar", accelerator: "CmdOrCtrl+=" },
  { id: "view.zoom-out", group: "view", choice: null, en: "Zoom Out", es: "Reducir", accelerator: "CmdOrCtrl+-" },
  { id: "view.zoom-reset", group: "view", choice: null, en: "Actual Size", es: "Tamaño real", accelerator: "CmdOrCtrl+0" },
  { id: "help.guide", group: "help", choice: null, en: "User Guide", es: "Guía de uso", accelerator: "F1" },
  { id: "help.shortcuts", group: "help", choice: null, en: "Keyboard Shortcuts", es: "Atajos de teclado", accelerator: "CmdOrCtrl+/" },
  { id: "help.about", group: "help", choice: null, en: "About Rumbo", es: "Acerca de Rumbo", accelerator: null },
] as const;
export type MenuCommandId = (typeof MENU_COMMANDS)[number]['id'];
/** The menus' titles. */
export const MENU_GROUPS = {
  file: { en: "File", es: "Archivo" },
  view: { en: "View", es: "Ver" },
  help: { en: "Help", es: "Ayuda" },
} as const;
/** The zoom levels View → Zoom In and Zoom Out step through. */
export const ZOOM_LEVELS = [0.75, 0.9, 1.0, 1.1, 1.25, 1.5, 1.75, 2.0, 2.5, 3.0] as const;
export const NETWORKS = ["linkedin", "instagram", "x", "facebook", "tiktok", "youtube", "threads", "mastodon", "bluesky", "whatsapp_channel", "telegram", "discord", "reddit", "twitch", "blog", "newsletter", "podcast", "forum", "own_community", "other"] as const satisfies readonly Network[];
export const CHANNEL_STATUSES = ["considered", "requested", "planned", "active", "under_review", "paused", "dormant", "retired", "rejected"] as const satisfies readonly ChannelStatus[];
export const RACI_ROLES = ["responsible", "accountable", "consulted", "informed"] as const satisfies readonly RaciRole[];
export const OBJECTIVE_KINDS = ["awareness", "engagement", "customer_care", "leads", "retention", "advocacy", "listening", "internal"] as const satisfies readonly ObjectiveKind[];
export const OBJECTIVE_STATUSES = ["draft", "active", "achieved", "missed", "dropped", "closed"] as const satisfies readonly ObjectiveStatus[];
export const MEASUREMENT_KINDS = ["value", "change"] as const satisfies readonly MeasurementKind[];
export const DIRECTIONS = ["cm_to_department", "department_to_cm", "all_staff"] as const satisfies readonly Direction[];
export const INTERNAL_CHANNELS = ["meeting", "email", "chat", "intranet", "newsletter", "report", "other"] as const satisfies readonly InternalChannel[];
export const WEEKDAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as const satisfies readonly Weekday[];
export const URGENCIES = ["immediate", "same_day", "this_week", "monthly"] as const satisfies readonly Urgency[];
export const DECISIONS = ["pending", "accepted", "rejected", "ignored"] as const satisfies readonly Decision[];
export const CADENCE_KINDS = ["one_off", "daily", "weekly", "monthly_weekday", "monthly_day", "as_needed"] as const satisfies readonly Cadence['kind'][];
export const DUTIES = ["coordinator", "account_manager", "editor", "moderator", "administrator", "support"] as const satisfies readonly Duty[];
export const REGISTERS = ["formal", "informal", "mixed"] as const satisfies readonly Register[];
export const MONITORINGS = ["continuous", "hourly", "several_daily", "daily", "weekdays", "weekly"] as const satisfies readonly Monitoring[];
export const RESPONSE_UNITS = ["minutes", "hours", "working_days", "days"] as const satisfies readonly ResponseUnit[];
export const BUDGET_CATEGORIES = ["paid_promotion", "tools", "production", "staff", "training", "other"] as const satisfies readonly BudgetCategory[];
export const BUDGET_PERIODS = ["one_off", "month", "quarter", "year"] as const satisfies readonly BudgetPeriod[];
export const PHASES = ["opening", "closing"] as const satisfies readonly Phase[];
/** The annexes that can be exported on their own (`DocSection::ALONE`). */
export const ALONE_SECTIONS = ["request_form"] as const satisfies readonly DocSection[];
/** The longest time between access reviews, in months; the most working days a procedure step takes. */
export const MAX_REVIEW_MONTHS = 120;
export const MAX_STEP_DAYS = 500;
export const POLICY_KINDS = ["house_rules", "staff_use", "legal_notice", "licences", "accessibility", "retention", "pre_election", "paid_promotion", "stakeholders", "other"] as const satisfies readonly PolicyKind[];
export const PUBLISHABLE_POLICY_KINDS = ["house_rules", "staff_use", "legal_notice"] as const satisfies readonly PolicyKind[];
export const POLICY_STATUSES = ["draft", "proposed", "approved"] as const satisfies readonly PolicyStatus[];
export const MODERATION_ACTIONS = ["answer", "ignore", "hide", "refer", "delete", "block"] as const satisfies readonly ModerationAction[];
export const PROTOCOL_KINDS = ["complaints", "correction", "other"] as const satisfies readonly ProtocolKind[];
export const PAUSE_WHATS = ["scheduled_posts", "ads", "automated_replies", "other"] as const satisfies readonly PauseWhat[];
/** A policy's text and the post-mortem template hold at most 20000 characters; a protocol at most 30 steps; the crisis ladder goes from 1 to 9, each level with at most 12 holding statements; drills are due every 1–120 months. */
export const MAX_TEXT = 20000;
export const MAX_PROTOCOL_STEPS = 30;
export const MAX_CRISIS_RANK = 9;
export const MAX_STATEMENTS = 12;
export const MAX_DRILL_MONTHS = 120;
/** The brand-fit scale: scores 0–5, criteria weighed 0–10. */
export const MAX_SCORE = 5;
export const MAX_WEIGHT = 10;
/** The health check's thresholds in a new workspace (`HealthSettings::default`). */
export const DEFAULT_HEALTH_SETTINGS: Readonly<HealthSettings> = Object.freeze({"cmWeeklyHours":20.0,"answerDays":30,"ignoredSharePercent":25,"staleMeasurementDays":60,"lowFit":2.5,"highFit":3.5,"accessReviewMonths":12,"drillMonths":12});
/** The brand-fit matrix Rust builds (`FitMatrix::build`) from these criteria and channels. */
export const FIT_EXAMPLE: { criteria: FitCriterion[]; channels: Channel[]; matrix: FitMatrix } = {
  criteria: [{"id":1,"name":"Criterion 1","description":"","weight":3,"position":1},{"id":2,"name":"Criterion 2","description":"","weight":1,"position":2},{"id":3,"name":"Criterion 3","description":"","weight":0,"position":3}],
  channels: [{"id":1,"network":"blog","networkName":"","name":"blog","handle":"","status":"planned","purpose":"","tone":"","cadence":"","owner":"","ownerDepartmentId":null,"weeklyEffortHours":0.0,"rejectionReason":"","notes":"","audienceIds":[],"fitScores":[{"criterionId":1,"score":4},{"criterionId":2,"score":3}],"commentsOpen":null,"moderator":"","account":{"url":"","managerId":null,"adminIds":[],"twoFactor":null,"credentialsCustodian":"","lastAccessReview":null,"requestedOn":null,"requestedBy":"","approvedOn":null,"approvedBy":"","openedOn":null,"closedOn":null,"closedBy":"","contentAfterClosing":"","forEvent":false,"endsOn":null,"closingPlan":"","answers":{"objectives":"","audience":"","resources":"","content":""}}},{"id":2,"network":"blog","networkName":"","name":"Alpha","handle":"","status":"planned","purpose":"","tone":"","cadence":"","owner":"","ownerDepartmentId":null,"weeklyEffortHours":0.0,"rejectionReason":"","notes":"","audienceIds":[],"fitScores":[{"criterionId":1,"score":2}],"commentsOpen":null,"moderator":"","account":{"url":"","managerId":null,"adminIds":[],"twoFactor":null,"credentialsCustodian":"","lastAccessReview":null,"requestedOn":null,"requestedBy":"","approvedOn":null,"approvedBy":"","openedOn":null,"closedOn":null,"closedBy":"","contentAfterClosing":"","forEvent":false,"endsOn":null,"closingPlan":"","answers":{"objectives":"","audience":"","resources":"","content":""}}},{"id":3,"network":"blog","networkName":"","name":"Unscored","handle":"","status":"planned","purpose":"","tone":"","cadence":"","owner":"","ownerDepartmentId":null,"weeklyEffortHours":0.0,"rejectionReason":"","notes":"","audienceIds":[],"fitScores":[],"commentsOpen":null,"moderator":"","account":{"url":"","managerId":null,"adminIds":[],"twoFactor":null,"credentialsCustodian":"","lastAccessReview":null,"requestedOn":null,"requestedBy":"","approvedOn":null,"approvedBy":"","openedOn":null,"closedOn":null,"closedBy":"","contentAfterClosing":"","forEvent":false,"endsOn":null,"closingPlan":"","answers":{"objectives":"","audience":"","resources":"","content":""}}},{"id":4,"network":"blog","networkName":"","name":"only weight zero","handle":"","status":"planned","purpose":"","tone":"","cadence":"","owner":"","ownerDepartmentId":null,"weeklyEffortHours":0.0,"rejectionReason":"","notes":"","audienceIds":[],"fitScores":[{"criterionId":3,"score":5}],"commentsOpen":null,"moderator":"","account":{"url":"","managerId":null,"adminIds":[],"twoFactor":null,"credentialsCustodian":"","lastAccessReview":null,"requestedOn":null,"requestedBy":"","approvedOn":null,"approvedBy":"","openedOn":null,"closedOn":null,"closedBy":"","contentAfterClosing":"","forEvent":false,"endsOn":null,"closingPlan":"","answers":{"objectives":"","audience":"","resources":"","content":""}}},{"id":5,"network":"blog","networkName":"","name":"beta","handle":"","status":"planned","purpose":"","tone":"","cadence":"","owner":"","ownerDepartmentId":null,"weeklyEffortHours":0.0,"rejectionReason":"","notes":"","audienceIds":[],"fitScores":[{"criterionId":2,"score":2},{"criterionId":1,"score":2}],"commentsOpen":null,"moderator":"","account":{"url":"","managerId":null,"adminIds":[],"twoFactor":null,"credentialsCustodian":"","lastAccessReview":null,"requestedOn":null,"requestedBy":"","approvedOn":null,"approvedBy":"","openedOn":null,"closedOn":null,"closedBy":"","contentAfterClosing":"","forEvent":false,"endsOn":null,"closingPlan":"","answers":{"objectives":"","audience":"","resources":"","content":""}}},{"id":6,"network":"blog","networkName":"","name":"Ábaco","handle":"","status":"planned","purpose":"","tone":"","cadence":"","owner":"","ownerDepartmentId":null,"weeklyEffortHours":0.0,"rejectionReason":"","notes":"","audienceIds":[],"fitScores":[{"criterionId":1,"score":5},{"criterionId":2,"score":0},{"criterionId":3,"score":1}],"commentsOpen":null,"moderator":"","account":{"url":"","managerId":null,"adminIds":[],"twoFactor":null,"credentialsCustodian":"","lastAccessReview":null,"requestedOn":null,"requestedBy":"","approvedOn":null,"approvedBy":"","openedOn":null,"closedOn":null,"closedBy":"","contentAfterClosing":"","forEvent":false,"endsOn":null,"closingPlan":"","answers":{"objectives":"","audience":"","resources":"","content":""}}}],
  matrix: {"criteria":[{"id":1,"name":"Criterion 1","description":"","weight":3,"position":1},{"id":2,"name":"Criterion 2","description":"","weight":1,"position":2},{"id":3,"name":"Criterion 3","description":"","weight":0,"position":3}],"rows":[{"channelId":1,"name":"blog","network":"blog","status":"planned","scores":[{"criterionId":1,"score":4},{"criterionId":2,"score":3}],"weighted":3.75,"missing":0},{"channelId":6,"name":"Ábaco","network":"blog","status":"planned","scores":[{"criterionId":1,"score":5},{"criterionId":2,"score":0},{"criterionId":3,"score":1}],"weighted":3.75,"missing":0},{"channelId":2,"name":"Alpha","network":"blog","status":"planned","scores":[{"criterionId":1,"score":2}],"weighted":2.0,"missing":1},{"channelId":5,"name":"beta","network":"blog","status":"planned","scores":[{"criterionId":2,"score":2},{"criterionId":1,"score":2}],"weighted":2.0,"missing":0},{"channelId":4,"name":"only weight zero","network":"blog","status":"planned","scores":[{"criterionId":3,"score":5}],"weighted":null,"missing":2},{"channelId":3,"name":"Unscored","network":"blog","status":"planned","scores":[],"weighted":null,"missing":2}]},
};
/** The field that names a record of each kind (what a list or a search shows). */
export const RECORD_NAME_FIELDS = {
  department: "name",
  activity: "name",
  person: "name",
  audience: "name",
  fit_criterion: "name",
  channel: "name",
  objective: "title",
  measurement: "date",
  campaign: "name",
  flow: "name",
  info_need: "what",
  recommendation: "title",
  holiday: "name",
  pillar: "name",
  style_guide: "name",
  service_level: "name",
  budget_line: "name",
  procedure_step: "name",
  policy: "title",
  moderation_rule: "situation",
  protocol: "name",
  crisis_level: "name",
  pause_step: "how",
} as const satisfies { readonly [K in RecordKind]: keyof Records[K] & string };

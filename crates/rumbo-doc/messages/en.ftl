# The strategy document's generated sentences, in English.
#
# Every sentence speaks about the organization, in the third person, in a
# register its management would sign: advice to the community manager stays
# in the app. Counts of zero are said in words ("no …") or the sentence is
# left out; plural is the message's own choice.
#
# Arguments: $org is the organization as named inside a sentence ("the
# Agency"); $theRole the role with its article ("the community manager");
# $role the role's title alone; $dept a department as named inside a
# sentence; $name a quoted name; numbers are written as English writes them.

## The executive summary

summary-channels =
    { $active ->
        [0] { $planned ->
                [0] { CAP($org) } has no active or planned channel yet.
                [one] { CAP($org) } has no active channel yet; one is planned.
               *[other] { CAP($org) } has no active channel yet; { WORDS($planned) } are planned.
            }
        [one] { $planned ->
                [0] { CAP($org) } works with one active channel.
                [one] { CAP($org) } works with one active channel and one planned.
               *[other] { CAP($org) } works with one active channel and { WORDS($planned) } planned.
            }
       *[other] { $planned ->
                [0] { CAP($org) } works with { WORDS($active) } active channels.
                [one] { CAP($org) } works with { WORDS($active) } active channels and one planned.
               *[other] { CAP($org) } works with { WORDS($active) } active channels and { WORDS($planned) } planned.
            }
    }
summary-objectives =
    { $objectives ->
        [0] The strategy does not set any objective yet.
        [one] { $share ->
                [all] The strategy sets one objective, with a measurable target.
               *[none] The strategy sets one objective, which has no measurable target yet.
            }
       *[other] { $share ->
                [all] The strategy sets { WORDS($objectives) } objectives, all of them with a measurable target.
                [both] The strategy sets two objectives, both with a measurable target.
                [none] The strategy sets { WORDS($objectives) } objectives, none of which has a measurable target yet.
               *[some] { $measurable ->
                        [one] The strategy sets { WORDS($objectives) } objectives, one of them with a measurable target.
                       *[other] The strategy sets { WORDS($objectives) } objectives, { WORDS($measurable) } of them with a measurable target.
                    }
            }
    }
summary-campaigns =
    { $n ->
        [one] The plan includes one campaign.
       *[other] The plan includes { WORDS($n) } campaigns.
    }
summary-role =
    { $hasReports ->
        [yes] { $person }, { $role } of { $org }, reports to { $reports } and works with { $departments ->
                [0] no department yet.
                [one] one department.
               *[other] { WORDS($departments) } departments.
            }
       *[no] { $person }, { $role } of { $org }, works with { $departments ->
                [0] no department yet.
                [one] one department.
               *[other] { WORDS($departments) } departments.
            }
    }
summary-role-unnamed =
    { $hasReports ->
        [yes] { CAP($theRole) } of { $org } reports to { $reports } and works with { $departments ->
                [0] no department yet.
                [one] one department.
               *[other] { WORDS($departments) } departments.
            }
       *[no] { CAP($theRole) } of { $org } works with { $departments ->
                [0] no department yet.
                [one] one department.
               *[other] { WORDS($departments) } departments.
            }
    }
summary-raci =
    { $n ->
        [one] In the RACI grid, { $theRole } carries out (R) or approves (A) the activity in one cell.
       *[other] In the RACI grid, { $theRole } carries out (R) or approves (A) the activity in { WORDS($n) } cells.
    }
summary-health-score =
    { $hasOpen ->
        [yes] The health check gives the strategy a readiness score of { $score } out of 100, with { $tally } still open.
       *[no] The health check gives the strategy a readiness score of { $score } out of 100, with no finding open.
    }
summary-health =
    { $hasOpen ->
        [yes] The health check of the strategy has { $tally } open.
       *[no] The health check of the strategy has no finding open.
    }
count-errors =
    { $n ->
        [one] one error
       *[other] { WORDS($n) } errors
    }
count-warnings =
    { $n ->
        [one] one warning
       *[other] { WORDS($n) } warnings
    }
count-advice =
    { $n ->
        [one] one piece of advice
       *[other] { WORDS($n) } pieces of advice
    }
summary-recommendations = Of the { WORDS($total) } recommendations made by { $theRole }, { $tally }.
summary-recommendation-one =
    { $state ->
        [accepted] { CAP($theRole) } made one recommendation, which was accepted.
        [rejected] { CAP($theRole) } made one recommendation, which was rejected.
        [ignored] { CAP($theRole) } made one recommendation, which was ignored.
       *[pending] { CAP($theRole) } made one recommendation, which awaits a decision.
    }
rec-accepted =
    { $n ->
        [one] one was accepted
       *[other] { WORDS($n) } were accepted
    }
rec-rejected =
    { $n ->
        [one] one was rejected
       *[other] { WORDS($n) } were rejected
    }
rec-ignored =
    { $n ->
        [one] one was ignored
       *[other] { WORDS($n) } were ignored
    }
rec-pending =
    { $n ->
        [one] one awaits a decision
       *[other] { WORDS($n) } await a decision
    }
summary-decisions =
    { $n ->
        [one] The log also records one decision { $org } took without a prior recommendation.
       *[other] The log also records { WORDS($n) } decisions { $org } took without a prior recommendation.
    }
figure-active =
    { $n ->
        [one] active channel
       *[other] active channels
    }
figure-planned =
    { $n ->
        [one] planned channel
       *[other] planned channels
    }
figure-objectives =
    { $n ->
        [one] objective
       *[other] objectives
    }
figure-campaigns =
    { $n ->
        [one] campaign
       *[other] campaigns
    }

## Chapters that name the role

section-raci = { CAP($theRole) } and the departments
raci-intro = The part { $theRole } plays in each activity, by department. R: carries it out; A: approves it; C: is consulted; I: is kept informed.
info-needs = Information { $theRole } needs
campaign-left-out = “{ $notInvolved }” in a campaign that affects the community: it was decided without { $theRole }.

## Channels

effort-total = Total effort: { $total } hours a week, for the { $available } hours { $theRole } has for the channels.
effort-over = Total effort: { $total } hours a week, more than the { $available } hours { $theRole } has for the channels.
effort-total-known = Known effort: { $total } hours a week, for the { $available } hours { $theRole } has for the channels.
effort-over-known = The known effort alone is { $total } hours a week, more than the { $available } hours { $theRole } has for the channels.
effort-unknown =
    { $n ->
        [one] One channel has no estimate of its effort.
       *[other] { WORDS($n) } channels have no estimate of their effort.
    }

## Recommendations and decisions

recommended-on = Recommended on { $date }
recommended-undated = Date of the recommendation not recorded
decided-on = Decided on { $date }
decided-undated = Date of the decision not recorded
waiting =
    { $days ->
        [one] pending for one day
       *[other] pending for { WORDS($days) } days
    }
outcome-unknown = not recorded yet

roadmap-intro = Campaigns and dated objectives across the planning period, from { $from } to { $to }.

## What changed

changes-first = This is the first saved version of the document: there is no earlier version to compare it with.
changes-draft = No version of this document has been saved yet: there is no earlier version to compare it with.
changes-compared = Compared with version { $number } ({ $date }).
changes-score = The readiness score went from { $before } to { $after }.
changes-none = Nothing in the strategy has changed since then.
change-role-joins = { CAP($theRole) } now takes part in the campaign { $name }.

## Versions and approval

versions-intro = The editions of this document, from the newest, with the note that records each and its approval.
version-current = This edition
approved-by =
    { $hasRole ->
        [yes] Approved by { $by }, { $role }, on { $date }.
       *[no] Approved by { $by } on { $date }.
    }
not-approved = Not approved.
draft-not-approved = Not approved yet.
reservations = Reservations: { $text }

## The health check, as the document states it

health-as-of = As of { $date }
accepted-on = accepted as a known risk on { $date }

finding-identity-empty =
    { $field ->
        [culture] The culture of { $org } is not written down.
        [values] The values of { $org } are not written down.
       *[brandVoice] The brand voice of { $org } is not written down.
    }
why-identity-empty = A faithful image of the organization can only be conveyed once its culture, values and voice are written down.
finding-cm-role-single-department = The RACI grid gives { $theRole } a part in { $dept } only.
why-cm-role-single-department = The role serves many departments — social media, marketing, customer service, editorial — and answering to one of them only is a mistake.
finding-channel-without-objective = The channel { $name } serves no objective of the strategy.
why-channel-without-objective = Being on a network is never an objective in itself: every channel is there to serve one.
finding-channel-low-fit-active = The channel { $name } is active, although its brand fit is { $fit } out of 5 (below { $low }).
why-channel-low-fit-active = Staying on a network where the brand fits poorly conveys a poor image of the organization.
finding-effort-over-capacity = The active and planned channels need { $total } hours a week; { $theRole } has { $capacity } for them.
finding-effort-over-capacity-known = The known effort of the active and planned channels alone is { $total } hours a week; { $theRole } has { $capacity } for them.
why-effort-over-capacity = “The more networks the better” is a symptom of having no strategy: a channel nobody has the hours to keep alive harms the brand.
finding-channel-high-fit-unused = The channel { $name } fits the brand well ({ $fit } out of 5) but is not in use ({ $status }).
why-channel-high-fit-unused = A network where the brand fits well deserves a decision.
finding-channel-fit-unscored = The channel { $name } has no brand-fit score.
why-channel-fit-unscored = Choosing the networks where the brand fits best takes scoring them, not guessing.
finding-no-audiences = The strategy does not name the audiences { $org } speaks to.
why-no-audiences = A strategy writes down whom it speaks to and what they need: the people who look after the community know that audience best.
finding-no-channels = The strategy does not say where { $org } will be: no channel is active or planned.
why-no-channels = A strategy chooses its channels, for its objectives, instead of being everywhere or nowhere.
finding-objective-vanity-metric = The objective { $name } is measured only by { $kpi }, which counts an audience rather than the change the objective seeks.
why-objective-vanity-metric = Followers, fans and likes count an audience, not a result: an objective is measured by what serves it.
unchecked-effort-over-capacity =
    The weekly effort of { $names } has not been measured, so whether the channels fit in the { $capacity } hours { $whose ->
        [team] the people who run them give them
       *[role] { $theRole } has for them
    } cannot be checked{ $known ->
        [none] {""}
       *[other] {" "}(the known efforts add up to { $known })
    }.
finding-no-objectives = The strategy sets no objective.
why-no-objectives = Without defined objectives, being on social networks leads nowhere and conveys a poor image.
finding-objective-presence = The objective { $name } states a presence, not a result that can be measured.
why-objective-presence = Being present on social networks is never an objective in itself, and more networks are not better: an objective says what should change.
finding-objective-no-kpi = The objective { $name } has no KPI.
why-objective-no-kpi = Without a measure, nobody can tell whether an objective is being met.
finding-objective-not-smart =
    The objective { $name } is not SMART yet: it lacks { $missing }.
missing-baseline = a baseline
missing-target = a target
missing-deadline = a deadline
missing-owner = an owner
why-objective-not-smart = A coherent objective says where it starts from, where it wants to get, by when, and who answers for it.
finding-objective-overdue = The objective { $name } passed its deadline on { $date } and has not been closed.
why-objective-overdue = An objective past its deadline should say whether it was achieved or missed, and why.
finding-objective-unmeasured = The objective { $name } was last measured on { $date }.
finding-objective-never-measured = The objective { $name } has not been measured yet.
why-objective-unmeasured = What the networks teach is valuable to the whole organization, and results can only be judged on current figures.
finding-campaign-without-cm = The campaign { $name } affects the community but was decided without { $theRole }.
why-campaign-without-cm = Campaigns that affect the community, decided without the person who looks after it, breed resentment and tend to fail.
finding-no-internal-plan = The strategy has no internal-communication plan.
why-no-internal-plan = An organization open to the networks needs solid internal channels, so that everyone shares information and knows why the networks matter.
finding-no-feedback-path = No internal flow brings information back to { $theRole }.
why-no-feedback-path = Internal communication has to go both ways: people need a way to answer, and news has to reach the community's team.
finding-department-no-flow = No internal-communication flow involves { $dept }.
why-department-no-flow = Communication with every department involved is essential to a good relationship between the community and the staff.
finding-department-gives-no-information = The flows with { $dept } go one way: nothing comes back from it to { $theRole }.
why-department-gives-no-information = The community's work needs quick access to information and continuous contact with every person in charge.
finding-info-need-unserved =
    { $urgency ->
        [immediate] No internal flow brings { $what } from { $dept } to { $theRole }, who needs it within hours.
        [same_day] No internal flow brings { $what } from { $dept } to { $theRole }, who needs it the same day.
        [this_week] No internal flow brings { $what } from { $dept } to { $theRole }, who needs it within the week.
       *[monthly] No internal flow brings { $what } from { $dept } to { $theRole }, who needs it once a month.
    }
why-info-need-unserved = What the community's team must know to answer should reach it through an agreed flow, not by chance.
finding-info-need-too-slow =
    { $flow } brings { $what } from { $dept } to { $theRole } { $often ->
        [daily] once a day
        [weekly] once a week
        [weeks] every { $weeks } weeks
        [monthly] once a month
       *[once] only once
    }, but it is needed { $urgency ->
        [immediate] within hours
        [same_day] the same day
        [this_week] within the week
       *[monthly] once a month
    }.
why-info-need-too-slow = A flow that meets once a week cannot bring what the community must be told the same day: how fast information arrives is part of the plan.
finding-recommendation-unanswered = The recommendation { $name } has awaited a decision since { $date }.
why-recommendation-unanswered = Recommendations left unanswered leave the strategy without direction; a clear no is better than silence.
finding-recommendations-ignored =
    { $ignored ->
        [one] Of the { WORDS($decided) } recommendations no longer pending, one was ignored ({ $share }).
       *[other] Of the { WORDS($decided) } recommendations no longer pending, { WORDS($ignored) } were ignored ({ $share }).
    }
why-recommendations-ignored = The organization cannot afford to ignore the recommendations of the person who looks after its brand on the networks.
finding-account-unanswered = The account { $name } is in use, but nothing written says { $missing }.
finding-account-unanswered-all = The account { $name } is in use, but none of the four questions asked before an account opens has a written answer.
account-question-objectives = what its objectives are
account-question-audience = who its audience is
account-question-resources = whether there are the resources to sustain it
account-question-content = what content it will have
why-account-unanswered = Being present on a network is never an objective in itself: before an account opens, the organization says what it is for, whom it speaks to, who will sustain it and what it will publish.
finding-account-dormant = The account { $name } has fallen dormant but has not been closed.
why-account-dormant = An abandoned account still speaks for the organization: unanswered questions and stale posts harm its image, and someone else can take it over.
finding-account-event-closing =
    { $case ->
        [ended] The event of the account { $name } ended on { $date }, but the account is still open.
        [neither] The account { $name } is for a one-off event but has neither an end date nor a closing plan.
        [end] The account { $name } is for a one-off event but has no end date.
       *[plan] The account { $name } is for a one-off event but has no closing plan.
    }
why-account-event-closing = An account opened for an event closes when the event ends, its content kept or archived, so that nobody later meets a silent account in the organization's name.
finding-account-single-admin =
    { $case ->
        [none] Nobody is recorded as holding admin access to the account { $name }.
       *[one] Only { $person } holds admin access to the account { $name }.
    }
why-account-single-admin = An account that depends on one person is lost with that person: at least two people hold its keys.
finding-account-no-two-factor =
    { $case ->
        [off] The account { $name } does not use two-factor authentication.
       *[unknown] It is not recorded whether the account { $name } uses two-factor authentication.
    }
why-account-no-two-factor = With one stolen password anyone can speak in the organization's name; a second factor closes that door.
finding-account-not-reviewed =
    { $case ->
        [never] No review of who has access to the account { $name } is recorded.
       *[old] Access to the account { $name } was last reviewed on { $date }, more than { $months ->
            [one] a month
           *[other] { $months } months
        } ago.
    }
why-account-not-reviewed = People change jobs: reviewing from time to time who holds an account's keys keeps the account in the organization's hands.
finding-channel-without-pillar =
    { $case ->
        [none] The strategy has no content pillars: the active channels publish without an editorial line.
       *[channel] The active channel { $name } carries no content pillar.
    }
why-channel-without-pillar = The editorial line says what each channel publishes and what for: a channel without it publishes whatever comes up.
finding-pillar-not-carried = No channel in use carries the content pillar { $name }.
why-pillar-not-carried = A theme the strategy promises but no channel publishes is a promise nobody keeps.
response-promise = an answer within { $time } { $unit ->
        [minutes] { $single ->
            [yes] minute
           *[no] minutes
        }
        [hours] { $single ->
            [yes] hour
           *[no] hours
        }
        [working_days] { $single ->
            [yes] working day
           *[no] working days
        }
       *[days] { $single ->
            [yes] day
           *[no] days
        }
    }
finding-service-level-uncovered =
    { $case ->
        [nobody] The service level { $name } promises { $promise } over { $hours } hours of attention a week, but nobody is named to run its channels.
        [one] The service level { $name } promises { $promise } over { $hours } hours of attention a week, but { $who }, who runs its channels, gives them { $g ->
            [zero] no hours
            [one] one hour
           *[other] { $given } hours
        } a week.
       *[several] The service level { $name } promises { $promise } over { $hours } hours of attention a week, but the people who run its channels ({ $who }) give them { $g ->
            [zero] no hours
            [one] one hour
           *[other] { $given } hours
        } a week between them.
    }
why-service-level-uncovered = A response time promised to the public is kept by people with the hours for it: a promise the staffing cannot cover is broken every day.
finding-comments-without-house-rules = People can comment on { $channels }, but no house rules tell them what is welcome and why a comment may be removed.
why-comments-without-house-rules = Published house rules make moderation fair: they say in advance what is removed and why, so that removing a comment never looks like censorship.
finding-community-without-moderator =
    { $kind ->
        [campaign] The campaign { $name } touches the community, but nobody is named to moderate what people say about it.
       *[channel] People can comment on { $name }, but nobody is named to moderate it.
    }
why-community-without-moderator = Whatever touches the community brings its questions and complaints: when nobody is named to answer them, the community is left alone.
finding-crisis-drill-overdue =
    { $case ->
        [never] No drill of the crisis playbook is recorded.
       *[old] The crisis playbook was last rehearsed on { $date }, more than { $months ->
            [one] a month
           *[other] { $months } months
        } ago.
    }
why-crisis-drill-overdue = A playbook nobody has rehearsed fails on the day it is needed: a drill shows whether people know their part and whether the statements still hold.
finding-crisis-level-incomplete =
    { $case ->
        [neither] Crisis level { $rank }, { $name }, names nobody who decides and has no holding statement.
        [decider] Crisis level { $rank }, { $name }, names nobody who decides.
       *[statement] Crisis level { $rank }, { $name }, has no holding statement.
    }
why-crisis-level-incomplete = When a level is reached, everyone knows who decides, and the first words are ready to publish while the facts are checked.
finding-moderation-without-decider =
    { $action ->
        [block] For { $name }, the moderation matrix blocks the user but names nobody who decides it.
       *[other] For { $name }, the moderation matrix deletes the comment but names nobody who decides it.
    }
why-moderation-without-decider = Removing what a person wrote, or blocking them, is the strongest thing the organization does to its community: someone with the authority to answer for it decides.
finding-no-crisis-playbook = The strategy has no crisis playbook: no levels, nobody named to decide, no first words agreed.
why-no-crisis-playbook = In a crisis there is no time to find out who decides and what to say: the levels, the decisions and the first words are agreed before they are needed.
finding-policy-review-overdue = The policy { $name } was due for review on { $date }.
why-policy-review-overdue = A policy past its review date may promise what nobody does any more: the rules people meet stay faithful to the organization and to the networks as they are.

// The user guide, in English. Written for community managers: what each
// part of Rumbo is for, how to use it, and why it matters.
import type { Chapter } from './types';

const chapters: Chapter[] = [
  {
    id: 'start',
    title: 'Getting started',
    blocks: [
      {
        kind: 'p',
        text: 'Rumbo is where you build your organization’s social-media and community strategy, check it against the principles of good community management, and turn it into a document management can read and approve.',
      },
      {
        kind: 'p',
        text: 'Everything about one organization lives in one **workspace**: a single file ending in **.rumbo** on your computer. You can copy it, back it up, send it to a colleague or open it with a double-click, like any document.',
      },
      { kind: 'h', text: 'Your first workspace' },
      {
        kind: 'steps',
        items: [
          'When Rumbo opens with no workspace, choose **New workspace…**. Say what kind of organization it is — public administration, NGO or non-profit, small business, consumer brand, education, or empty — then pick a folder and a name. Rumbo creates the file with the departments, audiences, brand-fit criteria and draft policies usual for that kind.',
          'The **guided start** then asks six short questions: the organization and its voice, the departments you work with and who decides, what you want from social media in your own words, whom you want to reach, the hours a week you have, and the content you can make. Skip any of them and come back with **Back**; your answers are saved as you type, so if you close Rumbo halfway it picks up where you were.',
          'Last, it shows the **draft strategy** your answers propose: channels with their brand-fit score and why, their hours against yours, the departments, the audiences, a flow for each department and your objectives. An aim that only asks to be on a network (“Be on TikTok”) is explained and rewritten as a measurable objective, which you can use, edit, or keep in your own words. Nothing is written until you accept. You can open the guided start again from the sidebar at any time: it only adds, never removes.',
          'Or choose **Open the sample workspace** to explore a complete example: the strategy of a regional employment agency. Nothing you change there affects your own work.',
          'To carry on with a strategy you already have, choose **Open a workspace…** or one of the **Recent** files. The same commands are in the **File** menu.',
        ],
      },
      { kind: 'h', text: 'Finding your way' },
      {
        kind: 'p',
        text: 'The sidebar on the left lists the parts of the strategy, from the organization profile to the strategy document. The number beside each one says how many records it holds; the health check shows the strategy’s readiness score.',
      },
      {
        kind: 'p',
        text: 'The sidebar follows the method: who the organization is and how it speaks, whom it wants to reach, what it wants to achieve (objectives come before channels: channels serve objectives), the channels and how well the brand fits each one, your role among the departments and internal communication; then the channels as they run, the rules people meet, the health check and the document. **Your path through the method**, on the organization profile and the health check, ticks each step as it is done and marks the next one.',
      },
      {
        kind: 'p',
        text: 'Each section opens with **Why this matters**: the principle behind it, in the health check’s own words, and a good example. Hide it with ×; **Why this matters** under the heading brings it back. An empty list has a button to create its first record and, for audiences, objectives and internal flows, examples to start from: pick one and check it before saving.',
      },
      {
        kind: 'tip',
        text: 'Press **Ctrl+K** (**⌘K** on a Mac) anywhere and type part of a name — a section, a channel, a campaign, a finding — to go straight to it. The same box runs any command of the menu.',
      },
      { kind: 'h', text: 'Saving' },
      {
        kind: 'p',
        text: 'There is no Save button to forget: every change is saved as you type. The top of each page says **All changes saved** once it is on disk. If a value cannot be saved — a date that does not exist, a number out of range — the field says why, and what you typed stays there until you fix it.',
      },
      {
        kind: 'p',
        text: 'Deleting something that other records point to first tells you what will be unlinked. After any deletion, **Undo** appears at the bottom of the window for a few seconds (or press **Ctrl+Z**).',
      },
    ],
  },
  {
    id: 'profile',
    section: 'profile',
    title: 'Organization profile',
    blocks: [
      {
        kind: 'p',
        text: 'Who the organization is: its name and sector, its mission, its culture and values, its brand voice and tone, who the community manager is and who they report to, the languages it speaks and the period the strategy covers.',
      },
      {
        kind: 'p',
        text: 'Take your time with culture, values and voice. A community manager can only convey an image faithfully if it has been written down, and every channel’s tone and every post will lean on it. The health check warns you while any of them is empty.',
      },
      {
        kind: 'tip',
        text: 'The organization’s name becomes the title of the window and of the strategy document.',
      },
    ],
  },
  {
    id: 'departments',
    section: 'departments',
    title: 'Departments and your role',
    blocks: [
      {
        kind: 'p',
        text: 'A community manager serves many departments — social media, marketing, customer service, editorial and often HR, management or sales — and needs to talk with all of them. List each department you work with and its head or contact person.',
      },
      {
        kind: 'p',
        text: 'The grid below the list records what you do for each department and each activity, in the usual RACI terms:',
      },
      {
        kind: 'list',
        items: [
          '**R — Responsible**: you do the work.',
          '**A — Accountable**: you answer for the result and have the final say.',
          '**C — Consulted**: you are asked before it is decided.',
          '**I — Informed**: you are told once it is decided.',
        ],
      },
      {
        kind: 'p',
        text: 'Choose a cell and type **R**, **A**, **C** or **I**; **Delete** empties it. Use the arrow keys to move around the grid. Add, rename and reorder the activities in the list beside it.',
      },
      {
        kind: 'tip',
        text: 'A role mapped to a single department is a warning sign: a community manager who reports to only one department cannot serve the others.',
      },
    ],
  },
  {
    id: 'audiences',
    section: 'audiences',
    title: 'Audiences',
    blocks: [
      {
        kind: 'p',
        text: 'The people the strategy is for. For each audience, write who they are, what they need from the organization and where they can be found. Channels then say which audiences they serve, so you can see whether every audience is reached — and whether a channel reaches anyone.',
      },
    ],
  },
  {
    id: 'channels',
    section: 'channels',
    title: 'Channels',
    blocks: [
      {
        kind: 'p',
        text: 'Every network, blog, newsletter or community where the organization is, plans to be, or decided not to be. For each one: the network and the account’s name and handle, its status, its purpose, the audiences it serves, its tone and cadence, the department that owns it, the hours it takes each week and its brand-fit scores.',
      },
      {
        kind: 'p',
        text: 'The status follows a channel’s life: **considered**, **planned**, **active**, **paused**, **retired** — or **rejected**, with the reason. Keeping the rejected ones, and why, shows management that being everywhere is not the goal.',
      },
      {
        kind: 'p',
        text: 'The weekly hours of the active and planned channels add up at the top of the list. The health check compares them with the hours the community manager really has: more networks is not better if nobody can look after them.',
      },
      {
        kind: 'tip',
        text: 'Type in the search box above the list to find a channel by its name, handle or purpose; the filter narrows it by status.',
      },
    ],
  },
  {
    id: 'fit',
    section: 'fit',
    title: 'Brand fit',
    blocks: [
      {
        kind: 'p',
        text: 'Where does the brand fit? First decide what “fits” means for this organization: the **criteria** (the audience is there, the format suits our content, we can sustain it…) and how much each one weighs, from 0 (ignored) to 10.',
      },
      {
        kind: 'p',
        text: 'Then score each channel from 0 (not at all) to 5 (perfectly) on each criterion. Choose a cell of the grid and type the number; **Delete** clears it. The weighted score shows which channels suit the brand and which do not.',
      },
      {
        kind: 'p',
        text: 'The health check flags an active channel with a low score and an unused one with a high score. Where “low” and “high” start is a threshold you can change in the health check.',
      },
    ],
  },
  {
    id: 'accounts',
    section: 'accounts',
    title: 'Accounts',
    blocks: [
      {
        kind: 'p',
        text: 'Every channel the organization runs is also an **account**: its handle and address, the department and the person who run it, the people with admin access (names and roles only — never write a password in Rumbo), whether two-factor authentication is on, who keeps the credentials, when access was last reviewed, and where it stands: requested, planned, active, under review, paused, dormant or retired.',
      },
      {
        kind: 'list',
        items: [
          '**Registry**: every account, grouped by the department that runs it. Open one to edit it; its strategy (purpose, audiences, brand fit) stays in Channels.',
          '**The four questions**: what are its objectives, who is its audience, are there the resources to sustain it, what content will it have. An account cannot be set active until all four are answered.',
          '**Opening and closing**: the steps of each procedure, who takes each and how many working days it takes. The document prints them, and the account-request form as an annex (the Document section also exports the form on its own).',
        ],
      },
      {
        kind: 'tip',
        text: 'An account for a one-off event needs an end date and a closing plan: the health check reminds you when the event is over and the account is still open.',
      },
    ],
  },
  {
    id: 'editorial',
    section: 'editorial',
    title: 'Editorial line',
    blocks: [
      {
        kind: 'p',
        text: 'What the channels publish and how. This section has three tabs:',
      },
      {
        kind: 'list',
        items: [
          '**Content pillars**: the three to six themes the channels publish about, what each is for, examples, the objectives each serves and its share of each channel’s posts (40 % service information, 30 % participation…).',
          '**Channel styles**: how one or more channels write — language and register, do’s and don’ts, formats, hashtags, posting times, accessibility (alternative text, captions, CamelCase hashtags) and graphic identity.',
          '**Service levels**: the days and hours attended, the response promised, how often someone looks and what happens out of hours. The health check compares the promise with the hours of the people who run those channels.',
        ],
      },
    ],
  },
  {
    id: 'objectives',
    section: 'objectives',
    title: 'Objectives and KPIs',
    blocks: [
      {
        kind: 'p',
        text: 'What the strategy must achieve. A good objective is **SMART**: specific, measurable, achievable, relevant and time-bound. For each one, write a title and a description, choose its kind, and set its KPI — the metric and its unit —, where you start (baseline), where you want to get (target), when it starts and its deadline, who owns it, and the channels and departments it involves.',
      },
      {
        kind: 'p',
        text: '**Being present is not an objective.** “Be on TikTok” or “have an active profile on LinkedIn” say where, not what for. Rumbo recognizes these aims in many phrasings and treats them as errors: turn them into a result you can measure, such as “reach 2,000 young followers on TikTok by June”.',
      },
      { kind: 'h', text: 'Measuring progress' },
      {
        kind: 'p',
        text: 'Open an objective to add its **KPI measurements**: one value per date, typed in, or imported with **Import CSV…** from the file a network’s analytics exports. Say which column holds the date and which the value, and how dates and decimals are written; the preview shows how each row will be read before anything is imported.',
      },
      {
        kind: 'p',
        text: 'The chart shows the measurements against the baseline and the target. Objectives past their deadline, or not measured for a long time, appear in the health check.',
      },
    ],
  },
  {
    id: 'campaigns',
    section: 'campaigns',
    title: 'Campaigns',
    blocks: [
      {
        kind: 'p',
        text: 'Campaigns and initiatives of every department: who runs them, when, the objectives they serve, whether they affect the community, and whether the community manager took part in the decision.',
      },
      {
        kind: 'p',
        text: 'A campaign that touches the community but was decided without the community manager breeds resentment and tends to fail. Rumbo marks it, and the health check lists it, so the conversation can happen before the launch rather than after.',
      },
    ],
  },
  {
    id: 'internal',
    section: 'internal',
    title: 'Internal communication',
    blocks: [
      {
        kind: 'p',
        text: 'An organization cannot be open outside and closed inside. This section has three tabs:',
      },
      {
        kind: 'list',
        items: [
          '**Flows**: each regular exchange — what it carries, in which direction (from you to one or more departments, from them to you, or to all staff), through which internal channel, how often, who owns it and how the receivers answer back.',
          '**Information needs**: what you need to know from each department to do your job, how fast, and through which flow it reaches you. You cannot answer the community without it.',
          '**Calendar**: the coming weeks of internal communication, worked out from each flow’s cadence. **Export .ics** saves it as a file your calendar application opens.',
        ],
      },
      {
        kind: 'tip',
        text: 'A department with no flow, or one that never gives you information, is flagged by the health check: add the flow here.',
      },
    ],
  },
  {
    id: 'team',
    section: 'team',
    title: 'Team and budget',
    blocks: [
      {
        kind: 'p',
        text: 'The people who run the channels — you as coordinator, the account manager of each department, editors, moderators — with the hours a week each gives them, and what the channels cost.',
      },
      {
        kind: 'list',
        items: [
          '**People**: name (or the post while it is vacant), job title, what they do for the channels, department and hours a week. Leave the hours empty when you do not know them: the health check then does not guess.',
          '**Budget**: paid promotion, tools and licences, production, staff and training — each line with its amount and how often it is paid, and the channels it is spent on.',
        ],
      },
    ],
  },
  {
    id: 'recommendations',
    section: 'recommendations',
    title: 'Recommendations and decisions',
    blocks: [
      {
        kind: 'p',
        text: 'Your log of what you recommended, to whom, when and why — and what was decided: **pending**, **accepted**, **rejected** or **ignored**, with the date, the reason and, later, the outcome.',
      },
      {
        kind: 'p',
        text: 'When results do not come, this log shows what was advised and what was done with the advice. The health check points out recommendations left unanswered too long and a high share of ignored ones. Switch to **Table** to see them all at once.',
      },
    ],
  },
  {
    id: 'conduct',
    section: 'conduct',
    title: 'Conduct and moderation',
    blocks: [
      {
        kind: 'p',
        text: 'The rules people meet when they write to the organization, and what is done with what they write.',
      },
      {
        kind: 'list',
        items: [
          '**House rules**: the text published where people comment — what is welcome, what is removed and why. It is a policy of its own kind: write it from the model in Policies, and export it alone for the website.',
          '**Moderation matrix**: each kind of comment or situation (questions, criticism, complaints, personal data, spam, insults) with what is done — answer, leave unanswered, hide, refer to a department, delete, block —, who acts, who decides, how fast and whether the case is recorded.',
          '**Who moderates each channel**: whether people can comment on each channel in use, and who moderates it. Both are set in each channel’s editor; a campaign that touches the community names its own moderator.',
          '**Protocols**: how a complaint received on social media is answered and how a wrong post is corrected — the steps in order, who drafts, who approves, the time limits and how the correction is announced.',
        ],
      },
      {
        kind: 'tip',
        text: 'Deleting and blocking silence someone: the health check asks that somebody with the authority to answer for it decides them.',
      },
    ],
  },
  {
    id: 'crisis',
    section: 'crisis',
    title: 'Crisis playbook',
    blocks: [
      {
        kind: 'p',
        text: 'What happens when something goes wrong in public, decided calmly before it happens.',
      },
      {
        kind: 'list',
        items: [
          '**Levels**: a ladder from the mildest to the most serious, each with what triggers it, who decides, how it escalates, the departments called in, whether the pause checklist runs, and a holding statement in each of the document’s languages — the first words said while the facts are checked.',
          '**Pause checklist**: for every channel, or for one, what is paused — scheduled posts, ads, automated replies — how, and by whom.',
          '**Playbook**: the account that speaks for the organization (the rule of a single voice), the post-mortem template and the date of the last drill.',
        ],
      },
      {
        kind: 'tip',
        text: 'A playbook nobody has rehearsed fails when it is needed: the health check reminds you when the last drill is older than the months set in its thresholds.',
      },
    ],
  },
  {
    id: 'policies',
    section: 'policies',
    title: 'Policies',
    blocks: [
      {
        kind: 'p',
        text: 'The texts that say how the organization and its staff behave on social media: the house rules, staff use (on behalf of the organization, privately, in other spaces), the legal notice and privacy, content licences, accessibility, records retention, the pre-election period, paid promotion and external stakeholders.',
      },
      {
        kind: 'p',
        text: 'Each has an owner, a status (draft, awaiting approval, approved), who approved it and when, and a review date. **Use the model** fills in a first draft in English or Spanish with your organization’s name; replace anything in [brackets].',
      },
      {
        kind: 'tip',
        text: 'The house rules, the staff-use policy and the legal notice are what people read: **Publish on its own** exports each as a one-page text (PDF, web page or Markdown) ready for the website or the intranet.',
      },
    ],
  },
  {
    id: 'health',
    section: 'health',
    title: 'The health check',
    blocks: [
      {
        kind: 'p',
        text: 'The health check reads the whole strategy and tells you where it is weak, why it matters, and where to fix it. It runs again by itself as you work.',
      },
      {
        kind: 'list',
        items: [
          '**Errors** break the strategy: fix them before presenting it.',
          '**Warnings** are weak spots management will ask about.',
          '**Advice** makes a good strategy better.',
        ],
      },
      {
        kind: 'p',
        text: 'The **readiness score** goes from 0 to 100: **Weak foundations**, **Needs some work**, **Ready to present**. An empty strategy scores low, an open error keeps the score out of the ready band, and a rule that does not apply earns nothing. **How is the score calculated?** under the score shows every rule’s share.',
      },
      {
        kind: 'p',
        text: '**Fix it** takes you to the field to change. If a finding describes a choice you made on purpose, **Accept the risk…** and write why: it stays in the report and in the document, with your reason and the date, but no longer lowers the score. **Withdraw** takes the acceptance back.',
      },
      {
        kind: 'p',
        text: 'The **thresholds** at the bottom of the page — the hours a week you can give to the channels, the days before a recommendation counts as unanswered, and so on — are those of this organization: change them and the check follows at once.',
      },
      { kind: 'h', text: 'Every rule' },
      { kind: 'rules' },
    ],
  },
  {
    id: 'document',
    section: 'document',
    title: 'The strategy document',
    blocks: [
      {
        kind: 'p',
        text: 'The strategy as a document for management, the heads of department and, often, the public. It is written from your workspace, in the third person, in a register management can sign: a cover and contents, an executive summary, the organization, audiences, objectives with their progress charts, the channel strategy with the brand-fit matrix and the channels rejected, your role across departments, internal communication, campaigns, recommendations and decisions, a roadmap, the health check’s findings and what changed since the previous version.',
      },
      {
        kind: 'steps',
        items: [
          'Choose the title, author, date and **document language** — it can differ from the language of the app — and which sections go in.',
          'Check the preview, page by page; it follows your changes.',
          'Choose a format: **PDF** (or **Archival PDF**, for long-term archiving and screen readers), **Web page (HTML)**, **Markdown** or **Word (DOCX)**, and press **Export…**.',
          'Tick **Save as a new version** and add a note (“Presented to the board”) to keep the document as it is today. The next document’s “What changed” compares with it, and you can open or export any saved version again.',
          'Under **What to export**, choose **The account request form, on its own** to print only the form, with no cover or contents, ready to hand to the units that ask for an account.',
        ],
      },
    ],
  },
  {
    id: 'files',
    title: 'Backups and where your files live',
    blocks: [
      {
        kind: 'p',
        text: 'Your workspace is the .rumbo file you created or opened. Rumbo keeps **backups** of it in a folder beside it, with the same name followed by **-backups**. A backup is made when you open the workspace, every ten minutes while you work if something changed, and before an update or a restore.',
      },
      {
        kind: 'list',
        items: [
          '**File → Backups…** lists them, newest first, makes one now, and restores one after asking. Before restoring, the workspace as it is now is kept as a backup too, so a restore can be undone.',
          '**File → Save a Copy…** writes a complete copy of the workspace elsewhere while you keep working — to send it, or to keep a copy on another disk.',
          'If a workspace is damaged, Rumbo never changes it: it offers its newest sound backup, and keeps the damaged file beside it, renamed.',
          'A workspace on a disk you cannot write to opens **read-only**: you can read it and save a copy.',
        ],
      },
      { kind: 'h', text: 'On this computer' },
      { kind: 'files' },
      {
        kind: 'p',
        text: 'Rumbo’s own preferences — the recent files, the language, the appearance, and the size and place of the window for each workspace — are kept in a small file of their own. Deleting it only resets them.',
      },
    ],
  },
  {
    id: 'keyboard',
    title: 'Keyboard, zoom and appearance',
    blocks: [
      {
        kind: 'p',
        text: 'Everything in Rumbo can be done with the keyboard. **Help → Keyboard Shortcuts** (**Ctrl+/**) lists every shortcut. The ones you will use most:',
      },
      {
        kind: 'list',
        items: [
          '**Ctrl+K**: go to any section, record or finding, or run any command, by typing part of its name.',
          '**Ctrl+Page Down** and **Ctrl+Page Up**: the next and the previous section.',
          '**Ctrl+Shift+N**: a new record in the section on screen.',
          '**Tab** from the top of the window first offers **Skip to content**, which goes past the sidebar to the page.',
          '**Ctrl+=**, **Ctrl+-** and **Ctrl+0**: make everything larger, smaller, or back to its size.',
        ],
      },
      {
        kind: 'p',
        text: 'On a Mac, use **⌘** where this guide says Ctrl. The interface follows your system’s language (English or Spanish) and its light or dark appearance; both can be changed in the **View** menu or at the bottom of the sidebar.',
      },
    ],
  },
  {
    id: 'privacy',
    title: 'Your data stays with you',
    blocks: [
      {
        kind: 'p',
        text: '**Rumbo never connects to the internet.** There is no account, no cloud and no telemetry: your strategy is in your file, on your computer, and goes where you send it. Analytics come in as files you export from the networks yourself.',
      },
      {
        kind: 'p',
        text: 'For automation, the **rumbo** command works on the same files from a terminal: create a sample, import and export JSON, run the health check, render the document, list and restore backups. Run **rumbo --help** to see how.',
      },
    ],
  },
];

export default chapters;

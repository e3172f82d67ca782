// What the window knows of an account before anything is recorded: every
// field empty or unknown, as Rust's `Account::default()`.
import type { Account } from '../../bindings';

export function emptyAccount(): Account {
  return {
    url: '',
    managerId: null,
    adminIds: [],
    twoFactor: null,
    credentialsCustodian: '',
    lastAccessReview: null,
    requestedOn: null,
    requestedBy: '',
    approvedOn: null,
    approvedBy: '',
    openedOn: null,
    closedOn: null,
    closedBy: '',
    contentAfterClosing: '',
    forEvent: false,
    endsOn: null,
    closingPlan: '',
    answers: { objectives: '', audience: '', resources: '', content: '' },
  };
}

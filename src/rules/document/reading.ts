import certificateName from './certificate-name.js';
import diplomaDate from './diploma-date.js';
import diplomaName from './diploma-name.js';
import diplomaSchool from './diploma-school.js';
import idCardExpired from './id-card-expired.js';
import idCardName from './id-card-name.js';
import idCardNumber from './id-card-number.js';
import notAWorkProof from './not-a-work-proof.js';
import unreadable from './unreadable.js';
import workProofEmployer from './work-proof-employer.js';
import workProofId from './work-proof-id.js';
import workProofName from './work-proof-name.js';
import workProofStart from './work-proof-start.js';
import workProofStatus from './work-proof-status.js';
import workProofDuties from './work-proof-duties.js';
import workProofUscc from './work-proof-uscc.js';

/** What `--deep` read on the documents, against the profile (docs/spec/documents.md). */
export const DOCUMENT_READING_RULES = [
  unreadable,
  notAWorkProof,
  workProofName,
  workProofId,
  workProofStart,
  workProofUscc,
  workProofEmployer,
  workProofStatus,
  workProofDuties,
  diplomaName,
  diplomaDate,
  diplomaSchool,
  certificateName,
  idCardNumber,
  idCardName,
  idCardExpired,
];

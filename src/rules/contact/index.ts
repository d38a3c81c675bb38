import email from './email.js';
import phone from './phone.js';
import postcode from './postcode.js';

export const CONTACT_RULES = [phone, email, postcode];

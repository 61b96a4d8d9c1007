/** News agencies and outlets that appear in datelines "(Reuters)" and bylines "| AP". */
export const AGENCIES = [
  'Xinhua', 'Reuters', 'AP', 'AFP', 'UPI', 'dpa', 'DPA', 'IANS', 'PTI', 'ANI', 'Bloomberg', 'CNN', 'BBC',
  'Kyodo', 'Yonhap', 'TASS', 'EFE', 'ANSA', 'Anadolu', 'Bernama', 'CNA', 'APA', 'NTB', 'KUNA', 'WAM', 'SPA',
  'Interfax', 'RIA Novosti', 'Associated Press', 'Agence France-Presse', 'Dow Jones', 'CNW', 'PRNewswire',
  'Business Wire', 'SANA', 'IRNA', 'MENA', 'Xinhuanet', 'China Daily', 'Sputnik', 'HT', 'TNS', 'The Conversation',
];

/** Words that end a byline's list of names: roles and desks. */
export const BYLINE_ROLES = [
  'staff', 'writer', 'writers', 'reporter', 'reporters', 'correspondent', 'correspondents', 'editor', 'editors',
  'contributor', 'columnist', 'special to', 'for the', 'bureau', 'desk', 'news', 'press', 'times', 'post',
  'journal', 'herald', 'tribune', 'daily', 'online', 'wire', 'agency', 'updated', 'published', 'posted',
];

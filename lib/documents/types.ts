export type DocumentListItem = {
  id: string;
  title: string;
  typeCode: string;
  typeLabel: string;
  clinicalDate: string;
  facilityName: string;
  authorName: string;
  obscured: boolean;
  /** Not opened yet by the patient (or by whoever acts for them): the list marks it "Nuovo". */
  isNew: boolean;
  /** The first tests a lab report measured, to tell one report from the next; empty for other documents. */
  mainTests: string[];
  moreTests: boolean;
};

export type DocumentListPage = { items: DocumentListItem[]; nextCursor: string | null };

export type FacilityOption = { id: string; name: string };

export type DocumentDetail = DocumentListItem & {
  obscuredByCitizen: boolean;
  obscuredAtSource: boolean;
  publishedAt: string;
  facilityType: string;
  version: number;
  confidentiality: string;
  contentType: string;
  fileSize: number;
  fileHash: string;
  /** The content derived when the file was stored; null for documents stored before it was. */
  derivedHash: string | null;
  replacedVersions: { id: string; version: number; publishedAt: string }[];
};

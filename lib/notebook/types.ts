export type NotebookItem = {
  id: string;
  title: string;
  note: string | null;
  labels: string[];
  file: { name: string; type: string; size: number } | null;
  sharedWithProfessionals: boolean;
  createdAt: string;
};

import { z } from "zod";

export const actForSchema = z.object({ subjectId: z.string().min(1).max(100) });

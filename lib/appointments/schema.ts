import { z } from "zod";

export const bookSchema = z.object({
  prescriptionId: z.string().min(1).max(100),
  slotId: z.string({ error: "Scegli un giorno e un orario." }).min(1, "Scegli un giorno e un orario.").max(200),
});

export const appointmentIdSchema = z.object({ appointmentId: z.string().min(1).max(100) });

export const newBookingQuerySchema = z.object({ ricetta: z.string().min(1).max(100) });

import { msg } from "@/lib/i18n/translate";
import { z } from "zod";

export const bookSchema = z.object({
  prescriptionId: z.string().min(1).max(100),
  slotId: z.string({ error: msg("Scegli un giorno e un orario.") }).min(1, msg("Scegli un giorno e un orario.")).max(200),
});

export const appointmentIdSchema = z.object({ appointmentId: z.string().min(1).max(100) });

export const newBookingQuerySchema = z.object({ ricetta: z.string().min(1).max(100) });

export const rescheduleSchema = z.object({
  appointmentId: z.string().min(1).max(100),
  slotId: z.string({ error: msg("Scegli un giorno e un orario.") }).min(1, msg("Scegli un giorno e un orario.")).max(200),
});

export const rescheduleQuerySchema = z.object({ id: z.string().min(1).max(100) });

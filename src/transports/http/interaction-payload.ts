import { z } from 'zod';

const option: z.ZodType<{ name: string; value?: unknown; focused?: boolean | undefined; options?: unknown[] | undefined }> = z
  .object({
    name: z.string(),
    value: z.unknown().optional(),
    focused: z.boolean().optional(),
    options: z.array(z.unknown()).optional(),
  })
  .passthrough();

const user = z.object({ id: z.string().regex(/^\d{1,20}$/u) }).passthrough();

/** The parts of an incoming interaction Sumber reads (Discord sends more; the rest is ignored). */
export const interactionPayload = z
  .object({
    id: z.string(),
    application_id: z.string().regex(/^\d{1,20}$/u),
    type: z.number().int(),
    // Goes into webhook URLs: only URL-safe characters.
    token: z
      .string()
      .regex(/^[\w.-]{1,1000}$/u)
      .optional(),
    locale: z.string().optional(),
    member: z.object({ user }).passthrough().optional(),
    user: user.optional(),
    // The message a button is on (component interactions), as Discord sends it.
    message: z
      .object({ embeds: z.array(z.object({ url: z.string().optional() }).passthrough()).optional() })
      .passthrough()
      .optional(),
    data: z
      .object({
        name: z.string().optional(),
        options: z.array(option).optional(),
        custom_id: z.string().optional(),
        component_type: z.number().int().optional(),
        // Application commands: 1 chat input, 3 message (its message in `resolved.messages[target_id]`).
        type: z.number().int().optional(),
        target_id: z.string().optional(),
      })
      .passthrough()
      .optional(),
  })
  .passthrough();

export type InteractionPayload = z.infer<typeof interactionPayload>;

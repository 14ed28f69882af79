/**
 * The submitted form, or an empty one when the body is not a form at all (JSON, garbage):
 * the form's own validation then answers with a 400 and a clear message instead of a 500.
 */
export async function readForm(request: Request): Promise<FormData> {
  try {
    return await request.formData();
  } catch {
    return new FormData();
  }
}

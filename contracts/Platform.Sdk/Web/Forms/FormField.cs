namespace Platform.Sdk.Web.Forms;

/// <summary>
/// A field of a page's form, for saying what is wrong with it in the person's language.
/// </summary>
/// <param name="Field">The field as the application class names it in its violations, e.g. <c>fields.name</c>.</param>
/// <param name="InputId">The id of the field's input on the page, which the error summary links to.</param>
/// <param name="Label">The field's label in the page's language.</param>
/// <param name="Hint">What to write for a value that is invalid for another reason than being empty or too long.</param>
public sealed record FormField(string Field, string InputId, string Label, string? Hint = null);

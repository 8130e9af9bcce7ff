namespace Platform.Sdk.Web.Forms;

/// <summary>The ids an input points to with aria-describedby: its hint and its error, as the field components give them.</summary>
public static class FieldIds
{
    public static string? DescribedBy(string inputId, bool hasHint, bool hasError) =>
        (hasHint, hasError) switch
        {
            (true, true) => $"{inputId}-hint {inputId}-error",
            (true, false) => inputId + "-hint",
            (false, true) => inputId + "-error",
            _ => null,
        };
}

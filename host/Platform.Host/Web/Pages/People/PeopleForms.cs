using Platform.Sdk.Web.Forms;

namespace Platform.Host.Web.Pages.People;

/// <summary>What the people pages' inputs share.</summary>
internal static class PeopleForms
{
    /// <summary>aria-invalid and aria-describedby (naming the field's error text) for an input whose field has a problem; none otherwise.</summary>
    public static Dictionary<string, object> Invalid(FormProblems problems, FormField field) => problems.For(field.Field) is null
        ? []
        : new() { ["aria-invalid"] = "true", ["aria-describedby"] = field.InputId + "-error" };
}

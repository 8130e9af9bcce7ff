using Microsoft.Extensions.Localization;
using Platform.Sdk.Errors;

namespace Platform.Sdk.Web.Forms;

/// <summary>Says what is wrong with a field in the page's language, from the violation's rule and the field's label.</summary>
internal static class ViolationMessages
{
    public static string Describe(FieldViolation violation, FormField? field, IStringLocalizer<FormText> text)
    {
        var label = field?.Label ?? text["ThisField"];
        return violation.Rule switch
        {
            ViolationRule.Required => text["Required", label],
            ViolationRule.TooLong => text["TooLong", label, violation.Limit],
            _ => field?.Hint ?? text["Invalid", label],
        };
    }

    public static FormField? FieldOf(FieldViolation violation, IEnumerable<FormField> fields) =>
        fields.FirstOrDefault(field => field.Field == violation.Field);
}

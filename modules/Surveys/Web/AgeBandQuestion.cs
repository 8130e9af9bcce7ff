using Platform.Contracts.Surveys.V1;
using Platform.Sdk.Web;

namespace Platform.Surveys.Web;

/// <summary>
/// The optional "How old are you?" the answer page asks children and young people, as radio buttons in a fieldset,
/// sent as <c>age_band</c> and stored with the response like a gRPC submit's age band. Other audiences are not asked:
/// a parent's or a professional's own age is not what the age bands describe.
/// </summary>
internal static class AgeBandQuestion
{
    /// <summary>The form field, and the key of its error, which matches the field the validation names.</summary>
    public const string FieldName = "age_band";

    public const string ElementId = "f-age-band";

    /// <summary>The school-age bands of <see cref="Collection.AgeBands"/>: a class may hold a child a little older than the audience.</summary>
    private static readonly string[] SchoolAgeBands = ["6-10", "11-15", "16-18"];

    public static IReadOnlyList<string> BandsFor(Audience audience) => audience switch
    {
        Audience.Children610 => SchoolAgeBands[..2],
        Audience.YoungPeople1118 => SchoolAgeBands[1..],
        _ => [],
    };

    public static Html Render(IReadOnlyList<string> bands, PageTexts texts, string value, string? error)
    {
        var errorId = "e-age-band";
        var described = error is null ? Html.Empty : Html.Of($" aria-describedby=\"{errorId}\" aria-invalid=\"true\"");
        var errorText = error is null ? Html.Empty : Html.Of($"<p class=\"error\" id=\"{errorId}\">{error}</p>\n");
        var choices = bands.Select(band =>
        {
            var inputId = "o-age-band-" + band;
            var isChecked = band == value ? Html.Of($" checked") : Html.Empty;
            return Html.Of($"<div class=\"choice\"><input type=\"radio\" id=\"{inputId}\" name=\"{FieldName}\" value=\"{band}\"{isChecked}><label for=\"{inputId}\">{band} {texts.Years}</label></div>\n");
        });
        return Html.Of($"<fieldset id=\"{ElementId}\"{described}>\n<legend>{texts.AgeQuestion} <span class=\"hint\">({texts.Optional})</span></legend>\n{errorText}{choices}</fieldset>\n");
    }
}

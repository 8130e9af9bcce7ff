using System.Text;
using Platform.Contracts.Surveys.V1;
using static Platform.Surveys.Web.PageLayout;

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

    public static void Append(StringBuilder body, IReadOnlyList<string> bands, PageTexts texts, string value, string? error)
    {
        var errorId = "e-age-band";
        var described = error is null ? "" : $" aria-describedby=\"{errorId}\" aria-invalid=\"true\"";
        body.Append("<fieldset id=\"").Append(ElementId).Append('"').Append(described).Append(">\n<legend>").Append(Encode(texts.AgeQuestion))
            .Append(" <span class=\"hint\">(").Append(Encode(texts.Optional)).Append(")</span></legend>\n");
        if (error is not null)
        {
            body.Append("<p class=\"error\" id=\"").Append(errorId).Append("\">").Append(Encode(error)).Append("</p>\n");
        }

        foreach (var band in bands)
        {
            var inputId = "o-age-band-" + band;
            var isChecked = band == value ? " checked" : "";
            body.Append($"<div class=\"choice\"><input type=\"radio\" id=\"{inputId}\" name=\"{FieldName}\" value=\"{band}\"{isChecked}><label for=\"{inputId}\">{band} {Encode(texts.Years)}</label></div>\n");
        }

        body.Append("</fieldset>\n");
    }
}

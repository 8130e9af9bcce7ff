using System.Text.RegularExpressions;
using Microsoft.Extensions.Localization;
using Platform.ActorMapping.Actors;
using Platform.Contracts.ActorMapping.V1;
using Platform.Sdk.Errors;

namespace Platform.ActorMapping.Web.Actors;

/// <summary>
/// An import's problems in the person's language: what the named column of the file must hold (the file's column
/// names are Danish in both languages, as the spreadsheet has them). The header's problems come back from ActorBook as
/// violations of <c>rows[1].{column}</c>; they are shown as problems of row 1.
/// </summary>
internal sealed partial class ImportMessages(IStringLocalizer<ActorPagesText> text)
{
    public string Describe(ImportError error) => error switch
    {
        { Row: 1, Message: ActorCsv.RepeatedColumnMessage } => text["ImportColumnTwice", error.Column],
        { Row: 1, Message: ActorCsv.MissingColumnMessage } => text["ImportColumnMissing", error.Column],
        { Row: 1 } => text["ImportColumnUnknown", error.Column, string.Join("; ", ActorCsvColumns.All)],
        { Column: ActorCsvColumns.Name, Message: ActorCsv.DuplicateMessage } => text["ImportDuplicate"],
        _ => ColumnRule(error.Column),
    };

    /// <summary>The header's problems, from the violations ActorBook refused the file with.</summary>
    public static IReadOnlyList<ImportError> HeaderErrors(InvalidInputException invalid) =>
        [.. invalid.Violations.Select(violation => HeaderField().Match(violation.Field))
            .Zip(invalid.Violations)
            .Where(pair => pair.First.Success)
            .Select(pair => new ImportError { Row = 1, Column = pair.First.Groups["column"].Value, Message = pair.Second.Description })];

    private string ColumnRule(string column)
    {
        var rule = text["ImportRule_" + column];
        return rule.ResourceNotFound ? text["ImportRow"] : rule;
    }

    [GeneratedRegex(@"^rows\[1\]\.(?<column>.*)$")]
    private static partial Regex HeaderField();
}

using System.Text;
using CsvHelper;
using Platform.Sdk.Errors;
using Platform.Sdk.Files;

namespace Platform.ActorMapping.Csv;

/// <summary>
/// Reads a spreadsheet's CSV with CsvHelper (RFC 4180: quoted cells, doubled quotes, line breaks inside quotes), with
/// ';' or ',' between cells: whichever the header uses. Rows are numbered as a spreadsheet shows them: a line break
/// inside a quoted cell stays in its row, and blank rows are skipped but still counted. A formula this platform's
/// export neutralised reads as it was (<see cref="FormulaCells"/>).
/// </summary>
internal static class CsvReader
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static CsvTable Read(ReadOnlySpan<byte> bytes, string field)
    {
        string text;
        try
        {
            text = StrictUtf8.GetString(bytes.StartsWith("\uFEFF"u8) ? bytes[3..] : bytes);
        }
        catch (DecoderFallbackException)
        {
            throw new InvalidInputException(field, "is not UTF-8: save the spreadsheet as \"CSV UTF-8\" and try again");
        }

        var delimiter = DetectDelimiter(text);
        var records = Parse(text, delimiter, field);
        if (records.Count == 0 || records[0].Cells.All(cell => cell.Length == 0))
        {
            throw new InvalidInputException(field, "has no header row: the first row must name the columns");
        }

        return new CsvTable(delimiter, [.. records[0].Cells.Select(cell => cell.Trim())], records.Skip(1).Where(r => r.Cells.Any(c => c.Length > 0)).ToList());
    }

    /// <summary>The delimiter the header row uses more of: a semicolon (Danish Excel) unless it holds more commas.</summary>
    private static char DetectDelimiter(string text)
    {
        var end = text.IndexOfAny(['\r', '\n']);
        var header = end < 0 ? text : text[..end];
        return header.Count(c => c == ';') >= header.Count(c => c == ',') && header.Contains(';') ? ';' : ',';
    }

    private static List<CsvRecord> Parse(string text, char delimiter, string field)
    {
        var configuration = CsvFile.Configuration(delimiter);
        configuration.IgnoreBlankLines = false;
        configuration.BadDataFound = bad => throw new InvalidInputException(field,
            $"has a quote out of place in row {bad.Context.Parser?.Row}: a cell with a quote in it must be quoted itself, with the quote doubled (\"\")");
        var records = new List<CsvRecord>();
        using var parser = new CsvParser(new StringReader(text), configuration);
        while (parser.Read())
        {
            records.Add(new CsvRecord(parser.Row, [.. parser.Record!.Select(FormulaCells.Restore)]));
        }

        return records;
    }
}

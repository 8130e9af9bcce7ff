using System.Text;
using Platform.Sdk.Errors;
using Platform.Sdk.Files;

namespace Platform.ActorMapping.Csv;

/// <summary>
/// Reads CSV as RFC 4180 describes it (quoted cells, doubled quotes, line breaks inside quotes), with ';' or ','
/// between cells: whichever the header uses. Rows are numbered as a spreadsheet shows them: a line break inside a
/// quoted cell stays in its row, and blank rows are skipped but still counted. A formula this platform's export
/// neutralised reads as it was (<see cref="FormulaCells"/>).
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
        var records = Split(text, delimiter, field);
        if (records.Count == 0 || records[0].Cells.All(cell => cell.Length == 0))
        {
            throw new InvalidInputException(field, "has no header row: the first row must name the columns");
        }

        return new CsvTable(delimiter, [.. records[0].Cells.Select(cell => cell.Trim())], records.Skip(1).Where(r => r.Cells.Any(c => c.Length > 0)).ToList());
    }

    private static char DetectDelimiter(string text)
    {
        var end = text.IndexOfAny(['\r', '\n']);
        var header = end < 0 ? text : text[..end];
        return header.Count(c => c == ';') >= header.Count(c => c == ',') && header.Contains(';') ? ';' : ',';
    }

    private static List<CsvRecord> Split(string text, char delimiter, string field)
    {
        var records = new List<CsvRecord>();
        var cells = new List<string>();
        var cell = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    cell.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    cell.Append(c);
                }
            }
            else if (c == '"' && cell.Length == 0)
            {
                quoted = true;
            }
            else if (c == delimiter)
            {
                cells.Add(cell.ToString());
                cell.Clear();
            }
            else if (c is '\r' or '\n')
            {
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                cells.Add(cell.ToString());
                cell.Clear();
                records.Add(Record(records.Count + 1, cells));
                cells.Clear();
            }
            else
            {
                cell.Append(c);
            }
        }

        if (quoted)
        {
            throw new InvalidInputException(field, $"has a quoted cell that never ends (from row {records.Count + 1}): close it with \"");
        }

        if (cell.Length > 0 || cells.Count > 0)
        {
            cells.Add(cell.ToString());
            records.Add(Record(records.Count + 1, cells));
        }

        return records;
    }

    private static CsvRecord Record(int row, List<string> cells) => new(row, [.. cells.Select(FormulaCells.Restore)]);
}

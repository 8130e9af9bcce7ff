using System.Text;
using Platform.Sdk.Files;

namespace Platform.ActorMapping.Csv;

/// <summary>
/// Writes CSV as spreadsheets read it: UTF-8 with BOM, CRLF line ends, cells quoted when they must be, formulas
/// neutralised (<see cref="FormulaCells"/>).
/// </summary>
internal sealed class CsvWriter(char delimiter)
{
    private readonly StringBuilder text = new();

    public void WriteRow(IEnumerable<string> cells)
    {
        var first = true;
        foreach (var cell in cells.Select(FormulaCells.Neutralise))
        {
            if (!first)
            {
                text.Append(delimiter);
            }

            first = false;
            if (cell.IndexOfAny([delimiter, '"', '\r', '\n']) >= 0)
            {
                text.Append('"').Append(cell.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
            }
            else
            {
                text.Append(cell);
            }
        }

        text.Append("\r\n");
    }

    public byte[] ToBytes() => [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())];
}

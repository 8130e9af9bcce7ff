using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;

namespace Platform.Sdk.Files;

/// <summary>
/// Writes rows of text as a CSV file spreadsheets open (RFC 4180 through CsvHelper: a cell quoted when it holds the
/// delimiter, a quote or a line break; CRLF line ends; UTF-8, with a byte order mark when asked, which Danish Excel
/// needs to show æ, ø and å). The cells are written as given: neutralise what a person typed with
/// <see cref="FormulaCells"/> first (CsvHelper's own injection escaping would also escape a negative number).
/// </summary>
public static class CsvFile
{
    public static byte[] Write(IEnumerable<IEnumerable<string>> rows, char delimiter, bool byteOrderMark)
    {
        using var buffer = new MemoryStream();
        using (var text = new StreamWriter(buffer, new UTF8Encoding(byteOrderMark), leaveOpen: true))
        using (var csv = new CsvWriter(text, Configuration(delimiter)))
        {
            foreach (var row in rows)
            {
                foreach (var cell in row)
                {
                    csv.WriteField(cell);
                }

                csv.NextRecord();
            }
        }

        return buffer.ToArray();
    }

    /// <summary>
    /// The configuration of this platform's CSV files, for writing and reading alike: CsvHelper writes CRLF line ends
    /// by default and, with no line end set, reads CRLF, LF and CR alike.
    /// </summary>
    public static CsvConfiguration Configuration(char delimiter) => new(CultureInfo.InvariantCulture)
    {
        Delimiter = delimiter.ToString(),
        InjectionOptions = InjectionOptions.None,
        Mode = CsvMode.RFC4180,
    };
}

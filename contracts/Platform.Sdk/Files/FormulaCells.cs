namespace Platform.Sdk.Files;

/// <summary>
/// A cell a spreadsheet would run as a formula (starting with =, +, -, @, a tab or a carriage return) is written with
/// a leading apostrophe, so an imported "=HYPERLINK(…)" comes back as text; reading takes that apostrophe off again,
/// so an exported file imports to the same values. For every text a module writes into a spreadsheet file (CSV or
/// XLSX) that a person may have typed; a number the module formats itself is written as it is (a negative number
/// starts with '-').
/// </summary>
public static class FormulaCells
{
    private static readonly char[] Starts = ['=', '+', '-', '@', '\t', '\r'];

    public static string Neutralise(string cell) => cell.Length > 0 && Starts.Contains(cell[0]) ? "'" + cell : cell;

    public static string Restore(string cell) => cell.Length > 1 && cell[0] == '\'' && Starts.Contains(cell[1]) ? cell[1..] : cell;
}

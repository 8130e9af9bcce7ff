namespace Platform.ActorMapping.Csv;

/// <summary>A parsed CSV file: its header and its records, each with its row number as a spreadsheet shows it.</summary>
internal sealed record CsvTable(char Delimiter, IReadOnlyList<string> Header, IReadOnlyList<CsvRecord> Records);

/// <summary>One record; <see cref="Row"/> counts the header as row 1.</summary>
internal sealed record CsvRecord(int Row, IReadOnlyList<string> Cells);

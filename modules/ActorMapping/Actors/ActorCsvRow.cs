using System.Globalization;
using Platform.ActorMapping.Csv;
using Platform.Contracts.ActorMapping.V1;

namespace Platform.ActorMapping.Actors;

/// <summary>One spreadsheet row read into an actor's fields, with the problems of cells that could not be read.</summary>
internal sealed class ActorCsvRow
{
    private const string PeopleSeparator = " | ";

    private readonly CsvRecord record;
    private readonly IReadOnlyDictionary<string, int> columns;
    private readonly List<ImportError> errors = [];

    public ActorCsvRow(CsvRecord record, IReadOnlyDictionary<string, int> columns, IReadOnlyDictionary<string, string> localAreasByName)
    {
        this.record = record;
        this.columns = columns;
        Fields = new ActorFields
        {
            Name = Cell(ActorCsvColumns.Name),
            Sector = Parse(ActorCsvColumns.Sector, DanishTerms.ParseSector, $"must be one of: {DanishTerms.SectorChoices}") ?? Sector.Unspecified,
            Category = Cell(ActorCsvColumns.Category),
            Arenas = { List(ActorCsvColumns.Arenas) },
            AgeGroups = { List(ActorCsvColumns.AgeGroups).Select(group => group.Replace('–', '-')) },
            Themes = { List(ActorCsvColumns.Themes) },
            LocalAreaId = LocalArea(localAreasByName),
            Description = Cell(ActorCsvColumns.Description),
            Influence = Score(ActorCsvColumns.Influence),
            Interest = Score(ActorCsvColumns.Interest),
        };
        Stage = Cell(ActorCsvColumns.Stage).Length == 0
            ? MobilisationStage.Identified
            : Parse(ActorCsvColumns.Stage, DanishTerms.ParseStage, $"must be one of: {DanishTerms.StageChoices}") ?? MobilisationStage.Identified;
        Contacts = ReadContacts();
    }

    public int Number => record.Row;

    public ActorFields Fields { get; }

    public MobilisationStage Stage { get; }

    public IReadOnlyList<ContactPerson> Contacts { get; }

    public IReadOnlyList<ImportError> Errors => errors;

    public static string JoinPeople(IEnumerable<string> values) => string.Join(PeopleSeparator, values);

    private string Cell(string column) =>
        columns.TryGetValue(column, out var index) && index < record.Cells.Count ? record.Cells[index].Trim() : "";

    private IEnumerable<string> List(string column) =>
        Cell(column).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private T? Parse<T>(string column, Func<string, T?> parse, string message)
        where T : struct
    {
        var value = parse(Cell(column));
        if (value is null)
        {
            Error(column, message);
        }

        return value;
    }

    private int Score(string column)
    {
        var text = Cell(column);
        if (text.Length == 0)
        {
            return 0;
        }

        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var score) && score is >= 1 and <= 5)
        {
            return score;
        }

        Error(column, "must be a whole number from 1 to 5, or empty when not assessed");
        return 0;
    }

    private string LocalArea(IReadOnlyDictionary<string, string> localAreasByName)
    {
        var name = Cell(ActorCsvColumns.LocalArea);
        if (name.Length == 0)
        {
            return "";
        }

        if (localAreasByName.TryGetValue(name, out var id))
        {
            return id;
        }

        Error(ActorCsvColumns.LocalArea, localAreasByName.Count == 0
            ? "the municipality has no local areas yet: leave it empty, or add the area first"
            : $"must be one of the municipality's local areas: {string.Join(", ", localAreasByName.Keys.Order(StringComparer.Ordinal))}");
        return "";
    }

    private List<ContactPerson> ReadContacts()
    {
        string[] People(string column) => Cell(column).Length == 0 ? [] : Cell(column).Split('|', StringSplitOptions.TrimEntries);
        var names = People(ActorCsvColumns.ContactName);
        var roles = People(ActorCsvColumns.ContactRole);
        var emails = People(ActorCsvColumns.ContactEmail);
        var phones = People(ActorCsvColumns.ContactPhone);
        var count = new[] { names.Length, roles.Length, emails.Length, phones.Length }.Max();
        if (count > names.Length)
        {
            Error(ActorCsvColumns.ContactName, "every contact person needs a name: the contact columns must list the same number of people, separated by |");
            return [];
        }

        return [.. Enumerable.Range(0, count).Select(i => new ContactPerson
        {
            Name = names[i],
            Role = i < roles.Length ? roles[i] : "",
            Email = i < emails.Length ? emails[i] : "",
            Phone = i < phones.Length ? phones[i] : "",
        })];
    }

    private void Error(string column, string message) => errors.Add(new ImportError { Row = record.Row, Column = column, Message = message });
}

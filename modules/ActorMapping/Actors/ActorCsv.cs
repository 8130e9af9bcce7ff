using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Platform.ActorMapping.Csv;
using Platform.ActorMapping.Data;
using Platform.Contracts.ActorMapping.V1;
using Platform.Sdk.Directory;
using Platform.Sdk.Errors;
using Platform.Sdk.Files;

namespace Platform.ActorMapping.Actors;

/// <summary>
/// Imports and exports a municipality's actors as the spreadsheets municipalities keep. An import checks every row
/// with the same rules as the service and writes all valid rows in one transaction, or none.
/// </summary>
internal sealed class ActorCsv(IMunicipalityDirectory directory, TimeProvider clock)
{
    /// <summary>At most this many errors go into an INVALID_ARGUMENT answer; validate_only lists them all.</summary>
    public const int MaxErrorsInFailure = 50;

    /// <summary>The messages the import page tells apart, to say them in the person's language.</summary>
    public const string DuplicateMessage = "an actor with this name, category and local area exists already (in the platform or higher up in the file)";

    public const string RepeatedColumnMessage = "appears twice";

    public const string MissingColumnMessage = "is a required column and is missing";

    public async Task<ImportActorsResponse> ImportAsync(ActorMappingDb db, ImportActorsRequest request, string importedBy, CancellationToken cancellationToken)
    {
        new Validation().Check(!request.Csv.IsEmpty, "csv", "is empty: send the file's bytes").ThrowIfInvalid();
        var table = CsvReader.Read(request.Csv.Span, "csv");
        var columns = ReadHeader(table.Header);
        var areas = await LocalAreasByNameAsync(request.MunicipalityCode, cancellationToken);
        var existing = (await db.Actors.Where(a => !a.Archived).Select(a => new { a.Name, a.Category, a.LocalAreaId }).ToListAsync(cancellationToken))
            .Select(a => DuplicateKey(a.Name, a.Category, a.LocalAreaId)).ToHashSet(StringComparer.Ordinal);

        var errors = new List<ImportError>();
        var actors = new List<ActorRecord>();
        var now = clock.GetUtcNow();
        foreach (var record in table.Records)
        {
            var row = new ActorCsvRow(record, columns, areas);
            // A cell that could not be read is reported once, by what was wrong with it; the service's rules add the rest.
            var rowErrors = row.Errors
                .Concat(Check(row).Where(rule => row.Errors.All(cell => cell.Column != rule.Column)))
                .OrderBy(error => columns.GetValueOrDefault(error.Column, -1))
                .ToList();

            if (rowErrors.Count == 0 && !existing.Add(DuplicateKey(row.Fields.Name.Trim(), row.Fields.Category.Trim(), NullIfEmpty(row.Fields.LocalAreaId))))
            {
                rowErrors.Add(new ImportError { Row = record.Row, Column = ActorCsvColumns.Name, Message = DuplicateMessage });
            }

            if (rowErrors.Count > 0)
            {
                errors.AddRange(rowErrors);
                continue;
            }

            actors.Add(NewActor(request.MunicipalityCode, row, importedBy, now));
        }

        if (errors.Count > 0 && !request.ValidRowsOnly && !request.ValidateOnly)
        {
            throw Failure(errors);
        }

        if (!request.ValidateOnly)
        {
            // New rows only, so they are inserted in bulk rather than tracked one by one; one transaction holds them all.
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            await db.BulkInsertAsync(actors, cancellationToken);
            await db.BulkInsertAsync([.. actors.SelectMany(actor => actor.Contacts)], cancellationToken);
            await db.BulkInsertAsync([.. actors.SelectMany(actor => actor.History)], cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        return new ImportActorsResponse
        {
            Rows = table.Records.Count,
            Imported = request.ValidateOnly ? 0 : actors.Count,
            Errors = { errors },
        };
    }

    public async Task<ExportActorsResponse> ExportAsync(
        string municipalityCode, IReadOnlyList<ActorRecord> actors, char delimiter, bool withContacts, CancellationToken cancellationToken)
    {
        var municipality = await directory.FindMunicipalityAsync(municipalityCode, cancellationToken);
        var areaNames = municipality?.LocalAreas.ToDictionary(a => a.Id, a => a.Name) ?? [];
        var rows = new List<IEnumerable<string>> { withContacts ? ActorCsvColumns.All : ActorCsvColumns.WithoutContacts };
        foreach (var actor in actors)
        {
            IEnumerable<string> cells =
            [
                actor.Name,
                DanishTerms.Name((Sector)actor.Sector),
                actor.Category,
                string.Join(", ", actor.Arenas),
                string.Join(", ", actor.AgeGroups),
                string.Join(", ", actor.Themes),
                actor.LocalAreaId is { } area && areaNames.TryGetValue(area, out var name) ? name : "",
                actor.Description,
                actor.Influence == 0 ? "" : actor.Influence.ToString(CultureInfo.InvariantCulture),
                actor.Interest == 0 ? "" : actor.Interest.ToString(CultureInfo.InvariantCulture),
                DanishTerms.Name((MobilisationStage)actor.Stage),
            ];
            if (withContacts)
            {
                var contacts = actor.Contacts.OrderBy(c => c.Position).ToList();
                cells = cells.Concat(
                [
                    ActorCsvRow.JoinPeople(contacts.Select(c => c.Name)),
                    ActorCsvRow.JoinPeople(contacts.Select(c => c.Role)),
                    ActorCsvRow.JoinPeople(contacts.Select(c => c.Email)),
                    ActorCsvRow.JoinPeople(contacts.Select(c => c.Phone)),
                ]);
            }

            rows.Add(cells);
        }

        // Every cell is text a person typed or chose, so any of them may look like a formula.
        var csv = CsvFile.Write(rows.Select(row => row.Select(FormulaCells.Neutralise)), delimiter, byteOrderMark: true);
        return new ExportActorsResponse
        {
            Csv = Google.Protobuf.ByteString.CopyFrom(csv),
            FileName = $"aktoerer-{municipalityCode}-{clock.GetUtcNow():yyyy-MM-dd}.csv",
            Rows = actors.Count,
        };
    }

    private static Dictionary<string, int> ReadHeader(IReadOnlyList<string> header)
    {
        var validation = new Validation();
        var columns = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < header.Count; i++)
        {
            var known = ActorCsvColumns.All.FirstOrDefault(c => string.Equals(c, header[i], StringComparison.OrdinalIgnoreCase));
            validation.Check(known is not null || header[i].Length == 0, $"rows[1].{header[i]}", $"is not a column of the actor list; the columns are: {string.Join("; ", ActorCsvColumns.All)}");
            validation.Check(known is null || columns.TryAdd(known, i), $"rows[1].{header[i]}", RepeatedColumnMessage);
        }

        foreach (var required in ActorCsvColumns.Required)
        {
            validation.Check(columns.ContainsKey(required), $"rows[1].{required}", MissingColumnMessage);
        }

        validation.ThrowIfInvalid();
        return columns;
    }

    private async Task<IReadOnlyDictionary<string, string>> LocalAreasByNameAsync(string municipalityCode, CancellationToken cancellationToken)
    {
        var municipality = await directory.FindMunicipalityAsync(municipalityCode, cancellationToken);
        return (municipality?.LocalAreas ?? []).Where(a => !a.Retired)
            .GroupBy(a => a.Name.Trim(), StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.First().Id, StringComparer.OrdinalIgnoreCase);
    }

    private static IEnumerable<ImportError> Check(ActorCsvRow row)
    {
        try
        {
            ActorValidation.Validate(row.Fields, row.Contacts);
            return [];
        }
        catch (InvalidInputException invalid)
        {
            return invalid.Violations.Select(v => new ImportError { Row = row.Number, Column = ActorCsvColumns.ForField(v.Field), Message = v.Description });
        }
    }

    private static ActorRecord NewActor(string municipalityCode, ActorCsvRow row, string importedBy, DateTimeOffset now)
    {
        var actor = ActorContracts.NewActor(municipalityCode, row.Fields, row.Contacts, now);
        actor.Stage = (int)row.Stage;
        if (row.Stage != MobilisationStage.Identified)
        {
            actor.History.Add(new StageChangeRecord
            {
                ActorId = actor.Id,
                MunicipalityCode = municipalityCode,
                From = (int)MobilisationStage.Identified,
                To = (int)row.Stage,
                ChangedBy = importedBy,
                ChangedAt = now,
                Note = "Importeret fra regneark",
            });
        }

        return actor;
    }

    private static InvalidInputException Failure(List<ImportError> errors)
    {
        var shown = errors.Take(MaxErrorsInFailure)
            .Select(e => new FieldViolation(e.Column.Length == 0 ? $"rows[{e.Row}]" : $"rows[{e.Row}].{e.Column}", e.Message))
            .ToList();
        if (errors.Count > MaxErrorsInFailure)
        {
            shown.Add(new FieldViolation("rows", $"{errors.Count - MaxErrorsInFailure} more errors: import with validate_only to list them all"));
        }

        return new InvalidInputException(shown);
    }

    private static string DuplicateKey(string name, string category, string? localAreaId) =>
        $"{name.ToLowerInvariant()}\u001f{category.ToLowerInvariant()}\u001f{localAreaId}";

    private static string? NullIfEmpty(string value) => value.Length == 0 ? null : value;
}

using System.Data.Common;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace Platform.Sdk.Data;

/// <summary>
/// Inserts many rows of one entity with multi-row INSERT statements on the context's connection and transaction.
/// Table and column names, quoting and value conversions come from the EF Core model and provider, so it writes what
/// SaveChanges would, on every provider, without tracking each row. Integer keys the database generates are left to
/// the database. Use it through <see cref="Tenancy.TenantDbContext.BulkInsertAsync{TEntity}"/>, which checks tenancy.
/// </summary>
internal sealed class BulkRowWriter<TEntity>
    where TEntity : class
{
    /// <summary>
    /// Parameters per statement. SQL Server takes at most 2100; SQLite looks each parameter up by name in a list, so
    /// a few hundred keep binding cheap while each statement still carries many rows.
    /// </summary>
    private const int MaxParameters = 240;

    private readonly DbContext db;
    private readonly IReadOnlyList<IProperty> columns;
    private readonly string insertPrefix;
    private readonly string tableName;

    public BulkRowWriter(DbContext db)
    {
        this.db = db;
        var entity = db.Model.FindEntityType(typeof(TEntity)) ?? throw new InvalidOperationException($"{typeof(TEntity).Name} is not in the model.");
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        columns = [.. entity.GetProperties().Where(property => !IsGeneratedByDatabase(property))];
        var sql = db.GetService<ISqlGenerationHelper>();
        var names = columns.Select(column => sql.DelimitIdentifier(column.GetColumnName(table)!));
        tableName = sql.DelimitIdentifier(table.Name, table.Schema);
        insertPrefix = $"INSERT INTO {tableName} ({string.Join(", ", names)}) VALUES ";
    }

    public async Task InsertAsync(IReadOnlyList<TEntity> rows, CancellationToken cancellationToken)
    {
        var rowsPerStatement = Math.Max(1, MaxParameters / columns.Count);
        var connection = db.Database.GetDbConnection();
        var transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        // One command per statement size, reused, so the provider prepares its statement once.
        DbCommand? full = null;
        try
        {
            for (var start = 0; start < rows.Count; start += rowsPerStatement)
            {
                var count = Math.Min(rowsPerStatement, rows.Count - start);
                var command = count == rowsPerStatement ? full ??= NewCommand(connection, transaction, count) : NewCommand(connection, transaction, count);
                command.Parameters.Clear();
                for (var r = 0; r < count; r++)
                {
                    AddParameters(command, rows[start + r], r);
                }

                await command.ExecuteNonQueryAsync(cancellationToken);
                if (command != full)
                {
                    await command.DisposeAsync();
                }
            }
        }
        finally
        {
            if (full is not null)
            {
                await full.DisposeAsync();
            }
        }
    }

    /// <summary>SQLite only: refreshes the planner's statistics of the table, sampling at most 1,000 rows per index.</summary>
    public async Task RefreshStatisticsAsync(CancellationToken cancellationToken)
    {
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        command.CommandText = $"PRAGMA analysis_limit=1000; ANALYZE {tableName};";
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>An integer key the database numbers (identity, autoincrement); a Guid key is set by the code.</summary>
    private static bool IsGeneratedByDatabase(IProperty property) =>
        property.ValueGenerated == ValueGenerated.OnAdd && property.IsPrimaryKey() && (property.ClrType == typeof(long) || property.ClrType == typeof(int));

    private DbCommand NewCommand(DbConnection connection, DbTransaction? transaction, int rowCount)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = Statement(rowCount);
        return command;
    }

    private string Statement(int rowCount)
    {
        var text = new StringBuilder(insertPrefix);
        for (var r = 0; r < rowCount; r++)
        {
            text.Append(r == 0 ? "(" : ", (");
            for (var c = 0; c < columns.Count; c++)
            {
                text.Append(c == 0 ? "" : ", ").Append("@p").Append(r).Append('_').Append(c);
            }

            text.Append(')');
        }

        return text.ToString();
    }

    private void AddParameters(DbCommand command, TEntity row, int r)
    {
        for (var c = 0; c < columns.Count; c++)
        {
            var column = columns[c];
            var value = column.PropertyInfo!.GetValue(row);
            command.Parameters.Add(column.GetRelationalTypeMapping().CreateParameter(command, $"@p{r}_{c}", value, column.IsNullable));
        }
    }
}

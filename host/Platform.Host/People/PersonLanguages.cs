using Microsoft.EntityFrameworkCore;
using Platform.Host.Persistence;

namespace Platform.Host.People;

/// <summary>The language each person chose with the language switch, kept with the person.</summary>
internal sealed class PersonLanguages(ModelContextFactory<PlatformDbContext> database)
{
    public async Task SetAsync(Guid personId, string language, CancellationToken cancellationToken)
    {
        await using var db = database.Create();
        await db.People.Where(p => p.Id == personId).ExecuteUpdateAsync(set => set.SetProperty(p => p.Language, language), cancellationToken);
    }
}

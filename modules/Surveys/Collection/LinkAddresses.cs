using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Platform.Sdk.Callers;
using Platform.Sdk.Errors;
using Platform.Sdk.Tenancy;
using Platform.Surveys.Data;

namespace Platform.Surveys.Collection;

/// <summary>
/// Finds the link an answer page's address names: a whole token (<c>/surveys/a/…</c>) or its short form
/// (<c>/surveys/k/…</c>). Whoever holds either may answer, with no grants, so a short form is looked up as the platform
/// in the municipality its code names.
/// </summary>
internal sealed class LinkAddresses(IPlatformElevation elevation)
{
    /// <summary>The key of the link's grain, or null when the address is neither a token nor the short form of a stored link.</summary>
    public async Task<string?> GrainKeyAsync(string address)
    {
        if (LinkTokens.IsWellFormed(address))
        {
            return LinkTokens.GrainKey(address);
        }

        if (ShortCodes.Read(address) is not { } shortCode)
        {
            return null;
        }

        var municipalityCode = shortCode[..4];
        var shortHash = ShortCodes.Hash(shortCode);
        var tokenHash = await elevation.AsPlatformAsync("find the collection link of a short link", async services =>
        {
            try
            {
                await using var db = await services.GetRequiredService<ITenantDbContextFactory<SurveysDb>>()
                    .OpenAsync(municipalityCode, AccessLevel.Read, CancellationToken.None);
                return await db.Links.AsNoTracking().Where(l => l.ShortHash == shortHash).Select(l => l.TokenHash).SingleOrDefaultAsync();
            }
            catch (NotFoundException)
            {
                // A code of no municipality on this platform: no such link.
                return null;
            }
        });
        return tokenHash is null ? null : LinkTokens.GrainKey(municipalityCode, tokenHash);
    }
}

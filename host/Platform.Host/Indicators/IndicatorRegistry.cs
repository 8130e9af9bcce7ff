using Platform.Host.Modules;
using Platform.Sdk.Errors;
using Platform.Sdk.Indicators;

namespace Platform.Host.Indicators;

/// <summary>The indicators of every loaded module, resolved in the caller's scope.</summary>
public sealed class IndicatorRegistry(IEnumerable<IndicatorRegistration> registrations, IServiceProvider services) : IIndicatorRegistry
{
    private readonly List<IIndicatorProvider> providers =
        [.. registrations.Select(registration => (IIndicatorProvider)services.GetRequiredService(registration.ProviderType))];

    public IReadOnlyList<IndicatorDefinition> Definitions => [.. providers.SelectMany(provider => provider.Definitions)];

    public async Task<IReadOnlyList<IndicatorValue>> ComputeAsync(string indicatorId, IndicatorQuery query, CancellationToken cancellationToken)
    {
        var provider = providers.FirstOrDefault(p => p.Definitions.Any(d => d.Id == indicatorId))
            ?? throw new NotFoundException($"No loaded module provides the indicator '{indicatorId}'.");
        var values = await provider.ComputeAsync(query with { IndicatorIds = [indicatorId] }, cancellationToken);
        var countsPeople = provider.Definitions.First(d => d.Id == indicatorId).CountsPeople;
        if (countsPeople && values.Any(value => value.IndicatorId == indicatorId && value.People is null))
        {
            // A module's mistake, not a caller's: a count of people without its cell could not be protected.
            throw new InvalidOperationException($"The indicator '{indicatorId}' counts people, so each of its values must carry its PeopleCount.");
        }

        return [.. values.Where(value => value.IndicatorId == indicatorId)];
    }
}

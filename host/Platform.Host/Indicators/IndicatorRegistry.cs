using Platform.Host.Modules;
using Platform.Sdk.Directory;
using Platform.Sdk.Errors;
using Platform.Sdk.Indicators;

namespace Platform.Host.Indicators;

/// <summary>
/// The indicators of every loaded module, resolved in the caller's scope. A module's indicators are computed only for
/// the municipalities that have that module switched on: a municipality without the module has no such figures.
/// </summary>
public sealed class IndicatorRegistry(IEnumerable<IndicatorRegistration> registrations, IServiceProvider services, IMunicipalityDirectory directory)
    : IIndicatorRegistry
{
    private readonly List<(IndicatorRegistration Registration, IIndicatorProvider Provider)> providers =
        [.. registrations.Select(registration => (registration, (IIndicatorProvider)services.GetRequiredService(registration.ProviderType)))];

    public IReadOnlyList<IndicatorDefinition> Definitions => [.. providers.SelectMany(p => p.Provider.Definitions)];

    public async Task<IReadOnlyList<IndicatorValue>> ComputeAsync(string indicatorId, IndicatorQuery query, CancellationToken cancellationToken)
    {
        var (registration, provider) = providers.FirstOrDefault(p => p.Provider.Definitions.Any(d => d.Id == indicatorId));
        if (provider is null)
        {
            throw new NotFoundException($"No loaded module provides the indicator '{indicatorId}'.");
        }

        var switchedOn = new List<string>();
        foreach (var code in query.MunicipalityCodes)
        {
            if (await directory.IsModuleSwitchedOnAsync(code, registration.ModuleId, cancellationToken))
            {
                switchedOn.Add(code);
            }
        }

        if (switchedOn.Count == 0)
        {
            return [];
        }

        var values = await provider.ComputeAsync(query with { MunicipalityCodes = switchedOn, IndicatorIds = [indicatorId] }, cancellationToken);
        var countsPeople = provider.Definitions.First(d => d.Id == indicatorId).CountsPeople;
        if (countsPeople && values.Any(value => value.IndicatorId == indicatorId && value.People is null))
        {
            // A module's mistake, not a caller's: a count of people without its cell could not be protected.
            throw new InvalidOperationException($"The indicator '{indicatorId}' counts people, so each of its values must carry its PeopleCount.");
        }

        return [.. values.Where(value => value.IndicatorId == indicatorId)];
    }
}

using Mono.Cecil;
using QuikGraph;
using QuikGraph.Algorithms;

namespace Platform.Core.Tests.Architecture;

/// <summary>
/// The cycles among a module's own namespaces: namespace A uses a type of B and B, directly or through others, uses a
/// type of A. Each cycle is one strongly connected component of the graph of uses between namespaces, reported with
/// the uses that make every edge of it. The module class is left out: it is the composition root, which registers
/// every feature, so its uses say nothing about how the features depend on each other.
/// </summary>
internal static class NamespaceCycles
{
    /// <summary>How many uses an edge shows at most; the rest are counted.</summary>
    private const int ShownUses = 3;

    public static IReadOnlyList<string> In(CompiledModule module)
    {
        var edges = module.Uses
            .Where(use => use.Used is TypeDefinition && use.Origin != module.ModuleClass)
            .Select(use => (From: CompiledModule.NamespaceOf(use.Origin), To: CompiledModule.NamespaceOf(use.Used), Use: use))
            .Where(edge => edge.From != edge.To && module.IsOwnNamespace(edge.From) && module.IsOwnNamespace(edge.To))
            .GroupBy(edge => new SEquatableEdge<string>(edge.From, edge.To), edge => $"{edge.Use.Origin.FullName} uses {edge.Use.Used.FullName}")
            .ToDictionary(edge => edge.Key, edge => edge.Distinct().Order(StringComparer.Ordinal).ToList());
        var graph = edges.Keys.ToAdjacencyGraph<string, SEquatableEdge<string>>();
        var components = new Dictionary<string, int>();
        graph.StronglyConnectedComponents(components);
        return
        [
            .. components.GroupBy(component => component.Value, component => component.Key)
                .Where(component => component.Count() > 1)
                .Select(component => Describe([.. component.Order(StringComparer.Ordinal)], edges)),
        ];
    }

    private static string Describe(IReadOnlyList<string> cycle, Dictionary<SEquatableEdge<string>, List<string>> edges)
    {
        var within = edges.Where(edge => cycle.Contains(edge.Key.Source) && cycle.Contains(edge.Key.Target))
            .OrderBy(edge => edge.Key.Source, StringComparer.Ordinal).ThenBy(edge => edge.Key.Target, StringComparer.Ordinal)
            .Select(edge => $"  {edge.Key.Source} -> {edge.Key.Target}: {string.Join("; ", edge.Value.Take(ShownUses))}"
                + (edge.Value.Count > ShownUses ? $" (and {edge.Value.Count - ShownUses} more)" : ""));
        return $"cycle among {string.Join(", ", cycle)}:\n{string.Join('\n', within)}";
    }
}

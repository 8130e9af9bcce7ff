using Platform.Sdk.Callers;

namespace Platform.Sdk.Tenancy;

/// <summary>
/// One kind of a module's data in a municipality, in plain words, and the lowest access at which a caller reads it. A
/// municipality invited into a partnership is shown the categories the partnership's staff will read there before it
/// accepts (see <see cref="Modules.IModuleBuilder.DescribeData"/>).
/// </summary>
/// <param name="Access">The lowest access that reads it, e.g. <see cref="AccessLevel.Aggregate"/> for what partnership staff see.</param>
/// <param name="Danish">What it is, in Danish, e.g. "Aktører med navn, type og mobiliseringstrin (uden kontaktpersoner)".</param>
/// <param name="English">The same in English.</param>
public sealed record DataCategory(AccessLevel Access, string Danish, string English);

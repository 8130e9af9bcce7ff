using System.ComponentModel.DataAnnotations;

namespace Platform.Reporting.Indicators;

/// <summary>
/// Settings of <c>Platform:Modules:reporting</c>, bound and checked at start: report sections for indicator id
/// prefixes beyond the known modules' (<c>Sections:{prefix}={section id}</c>). All of them are about sections, so
/// they live with the sections.
/// </summary>
internal sealed class ReportingOptions : IValidatableObject
{
    public Dictionary<string, string> Sections { get; set; } = [];

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext) =>
        Sections.Where(hint => ReportSections.All.All(section => section.Id != hint.Value)).Select(hint => new ValidationResult(
            $"'{hint.Value}' is not a report section; use one of {string.Join(", ", ReportSections.All.Select(section => section.Id))}",
            [$"{nameof(Sections)}:{hint.Key}"]));
}

using Platform.Contracts.Surveys.V1;

namespace Platform.Surveys.Results;

/// <summary>
/// One count of one question's results: an option's answers (or, with a null option, the question's total) in one
/// group of one breakdown, of one unit (a municipality's results) or of the whole partnership (a null unit). The
/// breakdown None has the single group "": the question's margins, which every breakdown's table repeats.
/// </summary>
public readonly record struct FigureKey(string? OptionId, ResultUnit? Unit, Breakdown Breakdown, string Group)
{
    public static FigureKey Margin(string? optionId, ResultUnit? unit) => new(optionId, unit, Breakdown.None, "");
}

using Platform.Sdk.Disclosure;
using Figure = Platform.Contracts.Reporting.V1.Figure;
using SurveyCell = Platform.Contracts.Surveys.V1.Cell;

namespace Platform.Testing;

/// <summary>What a published count of a true cell must look like, in each contract's form.</summary>
public static class Disclosed
{
    public static SurveyCell Cell(PeopleCount people) => DisclosureControl.Publish(people) is { IsBand: true }
        ? new SurveyCell { Suppressed = true }
        : new SurveyCell { Count = DisclosureControl.Publish(people).Value };

    public static Figure Figure(PeopleCount people) => DisclosureControl.Publish(people) is { IsBand: true }
        ? new Figure { Suppressed = true }
        : new Figure { Value = DisclosureControl.Publish(people).Value };
}

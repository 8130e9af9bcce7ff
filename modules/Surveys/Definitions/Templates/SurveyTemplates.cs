using Platform.Contracts.Surveys.V1;

namespace Platform.Surveys.Definitions.Templates;

/// <summary>The templates the module ships; a municipality copies one into a survey of its own.</summary>
internal static class SurveyTemplates
{
    public static IReadOnlyList<Template> All { get; } =
    [
        new() { Id = StakeholderQuestionsTemplate.Id, Definition = StakeholderQuestionsTemplate.Definition },
        new() { Id = ChildrenWellbeingTemplate.Id, Definition = ChildrenWellbeingTemplate.Definition },
        new() { Id = ParentsEverydayHabitsTemplate.Id, Definition = ParentsEverydayHabitsTemplate.Definition },
    ];

    public static Template? Find(string id) => All.FirstOrDefault(template => template.Id == id);
}

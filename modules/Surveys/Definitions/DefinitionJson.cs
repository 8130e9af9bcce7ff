using Google.Protobuf;
using Platform.Contracts.Surveys.V1;

namespace Platform.Surveys.Definitions;

/// <summary>A survey version's definition as stored: the contract's own JSON form.</summary>
internal static class DefinitionJson
{
    private static readonly JsonParser Parser = new(JsonParser.Settings.Default.WithIgnoreUnknownFields(true));

    public static string Write(SurveyDefinition definition) => JsonFormatter.Default.Format(definition);

    public static SurveyDefinition Read(string json) => Parser.Parse<SurveyDefinition>(json);
}

using System.Globalization;
using Microsoft.AspNetCore.Http;
using Platform.Contracts.Surveys.V1;

namespace Platform.Surveys.Web.Paper;

/// <summary>
/// The paper answers grid as typed: one row per paper form, a cell per question (<c>r{row}.{question id}</c>, repeated
/// for multiple choice), each row with a fixed response id so a form sent twice counts once. Read back from the posted
/// form whole, so nothing typed is lost when the import refuses a row.
/// </summary>
internal sealed class PaperGrid
{
    public const int StartRows = 3;

    public const int MaxRows = 200;

    public string LocalArea { get; set; } = "";

    public string AnsweredOn { get; set; } = "";

    public List<PaperRow> Rows { get; } = [];

    public static PaperGrid New(int rows, string answeredOn)
    {
        var grid = new PaperGrid { AnsweredOn = answeredOn };
        grid.AddRows(rows);
        return grid;
    }

    public void AddRows(int count)
    {
        for (var i = 0; i < count && Rows.Count < MaxRows; i++)
        {
            Rows.Add(new PaperRow(Guid.NewGuid()));
        }
    }

    public static PaperGrid Read(IFormCollection form, IReadOnlyList<Question> questions)
    {
        var grid = new PaperGrid { LocalArea = form["area"].ToString(), AnsweredOn = form["answered"].ToString() };
        var count = int.TryParse(form["rows"], NumberStyles.None, CultureInfo.InvariantCulture, out var rows) ? Math.Clamp(rows, 0, MaxRows) : 0;
        for (var r = 0; r < count; r++)
        {
            var row = new PaperRow(Guid.TryParse(form[$"r{r}.id"], out var id) ? id : Guid.NewGuid()) { AgeBand = form[$"r{r}.age"].ToString() };
            foreach (var question in questions)
            {
                var values = form[CellName(r, question)].Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v!.Trim()).ToArray();
                if (values.Length > 0)
                {
                    row.Values[question.Id] = values;
                }
            }

            grid.Rows.Add(row);
        }

        return grid;
    }

    public static string CellName(int row, Question question) => $"r{row}.{question.Id}";

    /// <summary>The input a problem of a row's question links to.</summary>
    public static string CellId(int row, Question question) =>
        question.Type == QuestionType.MultipleChoice && question.Options.Count > 0 ? $"c{row}-{question.Id}-0" : $"c{row}-{question.Id}";

    /// <summary>The rows with anything typed, as the import's messages, and each one's row number in the grid.</summary>
    public IReadOnlyList<(int Row, ImportResponseRequest Request)> Requests(string municipalityCode, Survey survey, IReadOnlyList<Question> questions) =>
    [
        .. Rows.Select((row, index) => (Row: index, Data: row))
            .Where(r => r.Data.Values.Count > 0 || r.Data.AgeBand.Length > 0)
            .Select(r => (r.Row, new ImportResponseRequest
            {
                MunicipalityCode = municipalityCode,
                SurveyId = survey.Id,
                Version = survey.PublishedVersion,
                LocalAreaId = LocalArea,
                ResponseId = r.Data.Id.ToString(),
                AgeBand = r.Data.AgeBand,
                AnsweredOn = AnsweredOn,
                Answers = { questions.Where(q => r.Data.Values.ContainsKey(q.Id)).Select(q => Answer(q, r.Data.Values[q.Id])) },
            })),
    ];

    private static Answer Answer(Question question, string[] values)
    {
        var answer = new Answer { QuestionId = question.Id };
        switch (question.Type)
        {
            case QuestionType.Number:
                // A comma is the Danish decimal mark; anything else that is not a number is NaN, which the import refuses.
                answer.Number = double.TryParse(values[0].Replace(',', '.'), NumberStyles.Float, CultureInfo.InvariantCulture, out var number) ? number : double.NaN;
                break;
            case QuestionType.FreeText:
                answer.Text = values[0];
                break;
            default:
                answer.OptionIds.AddRange(values);
                break;
        }

        return answer;
    }
}

/// <summary>One paper form: its response id, its age band and the values typed per question.</summary>
internal sealed record PaperRow(Guid Id)
{
    public string AgeBand { get; set; } = "";

    public Dictionary<string, string[]> Values { get; } = new(StringComparer.Ordinal);

    public string Value(string questionId) => Values.TryGetValue(questionId, out var values) ? values[0] : "";

    public bool Has(string questionId, string optionId) => Values.TryGetValue(questionId, out var values) && values.Contains(optionId);
}

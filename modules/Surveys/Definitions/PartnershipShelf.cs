using Microsoft.EntityFrameworkCore;
using Platform.Surveys.Data;

namespace Platform.Surveys.Definitions;

/// <summary>A partnership's own surveys, drafts included.</summary>
internal sealed class PartnershipShelf(SurveysDb db, string partnershipId) : SurveyShelf(db)
{
    public string PartnershipId { get; } = partnershipId;

    public override async Task<SurveyHead?> FindAsync(Guid id, CancellationToken cancellationToken) =>
        await Own().SingleOrDefaultAsync(s => s.Id == id, cancellationToken);

    public override async Task<List<SurveyHead>> ListAsync(CancellationToken cancellationToken) =>
        [.. await Own().AsNoTracking().ToListAsync(cancellationToken)];

    public override bool Owns(SurveyHead survey) => survey is PartnershipSurveyRecord own && own.PartnershipId == PartnershipId;

    protected override SurveyHead NewSurvey(string templateId, DateTimeOffset now)
    {
        var survey = new PartnershipSurveyRecord { Id = Guid.NewGuid(), PartnershipId = PartnershipId, TemplateId = templateId, UpdatedAt = now };
        Db.PartnershipSurveys.Add(survey);
        return survey;
    }

    private IQueryable<PartnershipSurveyRecord> Own() => Db.PartnershipSurveys.Where(s => s.PartnershipId == PartnershipId);
}

using Caseload.Domain.Citizens;

namespace Caseload.Application.Citizens;

public static class CitizenSearch
{
    /// <summary>A full CPR number (with or without dash) matches exactly; other text matches part of the name.</summary>
    public static IQueryable<Citizen> Matching(IQueryable<Citizen> citizens, string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return citizens;
        if (CprNumber.TryParse(text, out var cpr, out _)) return citizens.Where(c => c.Cpr == cpr);
        var lower = text.Trim().ToLowerInvariant();
        return citizens.Where(c => c.Name.ToLower().Contains(lower));
    }
}

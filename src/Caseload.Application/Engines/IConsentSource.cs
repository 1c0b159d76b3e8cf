using Caseload.Application.Security;

namespace Caseload.Application.Engines;

/// <summary>The parties the citizen has consented to share information with, valid on a date (domain.md §6). An engine that
/// records consents registers one (ADR 0023); shared code that lets information leave the team — a meeting's invitation or
/// minutes — asks all of them, and without a covering consent the information does not leave (issue #27 item 1).</summary>
public interface IConsentSource
{
    Task<IReadOnlyList<string>> PartiesCoveredAsync(ScopedCitizen citizen, DateOnly on, CancellationToken ct);
}

/// <summary>Whether a consented party names a recipient: the party is the recipient's name, e-mail address, role or one
/// part of the role ("Egen læge" covers "Egen læge, Lægehuset Torvet"), compared without case.</summary>
public static class ConsentParties
{
    public static bool Cover(IEnumerable<string> parties, string name, string? email, string? role)
    {
        var names = new List<string> { name.Trim() };
        if (!string.IsNullOrWhiteSpace(email)) names.Add(email.Trim());
        if (!string.IsNullOrWhiteSpace(role))
        {
            names.Add(role.Trim());
            names.AddRange(role.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        }
        return parties.Any(p => names.Any(n => string.Equals(p.Trim(), n, StringComparison.OrdinalIgnoreCase)));
    }
}

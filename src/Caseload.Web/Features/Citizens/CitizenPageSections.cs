using Caseload.Web.Engines;

namespace Caseload.Web.Features.Citizens;

/// <summary>
/// The sections of the citizen page, in order: each a view component fed by its own query and given the
/// <see cref="CitizenPageModel"/>. Engines register theirs (<see cref="CitizenSection"/>, ADR 0023); this only sorts them.
/// </summary>
public sealed class CitizenPageSections(IEnumerable<CitizenSection> sections)
{
    private readonly List<CitizenSection> _all = [.. sections.OrderBy(s => s.Order).ThenBy(s => s.Component, StringComparer.Ordinal)];

    public IEnumerable<CitizenSection> In(CitizenPageColumn column) => _all.Where(s => s.Column == column);
}

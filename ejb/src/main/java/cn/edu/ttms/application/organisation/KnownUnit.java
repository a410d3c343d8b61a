package cn.edu.ttms.application.organisation;

import cn.edu.ttms.domain.model.organisation.OrganisationKind;

/** A unit of the caller's subtree as the check of a units sheet needs it ({@link UnitSheets}). */
public record KnownUnit(long id, Long parentId, OrganisationKind kind, String name, String code, boolean closed) {}

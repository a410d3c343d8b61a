package cn.edu.ttms.application.organisation;

import cn.edu.ttms.domain.model.organisation.OrganisationKind;

/**
 * A unit to create from a sheet row: under an existing unit ({@code parentId}) or under the unit of
 * another row ({@code parentRow}, created before this one).
 */
public record UnitRow(int row, String name, OrganisationKind kind, String code, Long parentId, Integer parentRow) {}

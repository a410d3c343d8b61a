/**
 * Value objects, codes and business failures shared by the credit policy engine and the aggregates:
 * {@link cn.edu.ttms.domain.model.shared.Hours}, {@link cn.edu.ttms.domain.model.shared.Credits},
 * {@link cn.edu.ttms.domain.model.shared.Score}, the glossary enums, and the unchecked {@link
 * cn.edu.ttms.domain.model.shared.DomainException} hierarchy whose bundle keys the UI and the REST
 * layer translate. Plain Java, no container.
 */
package cn.edu.ttms.domain.model.shared;

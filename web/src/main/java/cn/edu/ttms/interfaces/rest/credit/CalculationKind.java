package cn.edu.ttms.interfaces.rest.credit;

/** What the calculator computes: a training result's credits, or credits for lecturing. */
public enum CalculationKind {
    TRAINING,
    LECTURING
}

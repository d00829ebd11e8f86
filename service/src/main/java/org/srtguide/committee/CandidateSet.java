package org.srtguide.committee;

import java.util.List;

/** The deployed models with the submitted ones replacing their namesakes, in deployment order. */
record CandidateSet(List<CandidateModel> models) {

    List<CandidateModel> submitted() {
        return models.stream().filter(CandidateModel::submitted).toList();
    }
}

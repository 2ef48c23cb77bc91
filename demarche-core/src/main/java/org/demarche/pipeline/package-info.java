/**
 * The pipeline that runs the stages in order over one article, and the {@link org.demarche.pipeline.Document}
 * that carries the text layers between them.
 */
package org.demarche.pipeline;

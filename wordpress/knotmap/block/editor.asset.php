<?php
// The editor script's dependencies (the wp.* globals it uses) and version: no build step makes
// this file, so it is written by hand. Keep it in step with editor.js.
return array(
	'dependencies' => array( 'wp-api-fetch', 'wp-block-editor', 'wp-blocks', 'wp-components', 'wp-element', 'wp-i18n', 'wp-url' ),
	'version'      => '1.0.0',
);
